/**
 * The command line's start, dist/start.cjs, which bin/feedconv.js requires: it
 * runs the command line (dist/cli.cjs) from its code cache (cached.ts).
 * Note: CommonJS throughout, from the bin on: an ES module entry costs Node's
 * ES module loader (~5 ms), and Node 20 caches no ES module's code (~8 ms more).
 */
import { join } from 'node:path';
import { type Cached, debugCache, runCached } from './cached.js';

// The bundles' loading in its two steps, for bench/stages.mjs, which times a start stopped after each.
export { compileCached, runCached } from './cached.js';

export type Cli = typeof import('./cli.js');

/** The built command line, ready to run. */
export function loadCli(): Cached<Cli> {
  const cli = runCached<Cli>(join(__dirname, 'cli.cjs'));
  // Code run from a cache has no import() of its own: this module's (a real CommonJS one) imports for it.
  cli.exports.useImporter((url) => import(url));
  void debugCache('cli', cli.cache);
  return cli;
}
