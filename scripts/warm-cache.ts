/**
 * Writes the core's code cache (dist/core.cjs.cache) for the build: converts the
 * sample to every format and checks it, through the command line, so that the
 * cache holds the functions a run compiles; then saves it. Run from dist/ (build.mjs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { BUILTIN_FORMATS } from '../src/emit/names.js';
import { coreCodeCache } from '../src/load-core.js';

const dist = fileURLToPath(new URL('.', import.meta.url));
const sample = fileURLToPath(new URL('../samples/aawsat-2024.txt', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'feedconv-warm-'));
const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
const run = async (args: string[]): Promise<void> => {
  const code = await main(args, { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} });
  if (code !== 0) throw new Error(`warm-cache: feedconv ${args.join(' ')} exited ${code}`);
};
try {
  for (const format of BUILTIN_FORMATS) await run([sample, '-f', format, '-o', join(out, `feed.${format}`)]);
  await run(['check', sample, '-q']);
  writeFileSync(join(dist, 'core.cjs.cache'), coreCodeCache());
} finally {
  rmSync(out, { recursive: true, force: true });
}
