/**
 * `NODE_DEBUG=feedconv`: a line on standard error about how a run went (code caches, heap). Note: node:util only then
 * (its modules cost ~1 ms).
 */
export async function debug(format: string, ...args: unknown[]): Promise<void> {
  if (process.env.NODE_DEBUG === undefined) return;
  const { debuglog } = await import('node:util');
  debuglog('feedconv')(format, ...args);
}
