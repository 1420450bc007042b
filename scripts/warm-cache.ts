/**
 * Writes the code caches of the command line and the core (dist/cli.cjs.cache,
 * dist/core.cjs.cache) for the build: runs the command line as bin/feedconv.js
 * does, converts the sample to every format and checks it, so that the caches
 * hold the functions a run compiles; then saves them. Run from dist/ (build.mjs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { BUILTIN_FORMATS } from '../src/emit/names.js';
import type { loadCli as LoadCli } from '../src/start.js';

// Note: the built starter beside this file, not src/start.ts: the caches are of the built bundles it runs.
const { loadCli } = require('./start.cjs') as { loadCli: typeof LoadCli };

const sample = join(__dirname, '..', 'samples', 'aawsat-2024.txt');
const out = mkdtempSync(join(tmpdir(), 'feedconv-warm-'));
const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
const cli = loadCli();
const run = async (args: string[]): Promise<void> => {
  const code = await cli.exports.main(args, { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} });
  if (code !== 0) throw new Error(`warm-cache: feedconv ${args.join(' ')} exited ${code}`);
};

void (async () => {
  try {
    for (const format of BUILTIN_FORMATS) await run([sample, '-f', format, '-o', join(out, `feed.${format}`)]);
    await run(['check', sample, '-q']);
    await run(['--version']);
    writeFileSync(join(__dirname, 'core.cjs.cache'), cli.exports.coreCodeCache());
    writeFileSync(join(__dirname, 'cli.cjs.cache'), cli.codeCache());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
})();
