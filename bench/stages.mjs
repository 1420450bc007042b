// Where a small conversion's start-up goes: runs the sample's conversion to RSS stopped after each stage, all
// interleaved, and prints each stage's median, its ratio to `node -e ''` and what it adds to the stage before (the
// medians of the ratios and differences within a round). `node bench/stages.mjs [ROUNDS]`, after `npm run build`.
// Note: the two middle stages are scripts that load the built bundles as bin/feedconv.js does (src/start.ts,
// src/cached.ts) and stop; they read the core's cache whole rather than a piece at a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'feedconv.js');
const SAMPLE = join(ROOT, 'samples', 'aawsat-2024.txt');
const ROUNDS = Number(process.argv[2] ?? 40);

const work = mkdtempSync(join(tmpdir(), 'feedconv-stages-'));
const file = (name, text) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
/** Loads the command line as the bin does, then the core from its code cache; `run`: also runs the core's modules. */
const coreScript = (run) => `'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { Script } = require('node:vm');
require(${JSON.stringify(join(ROOT, 'dist', 'start.cjs'))}).loadCli();
const file = ${JSON.stringify(join(ROOT, 'dist', 'core.cjs'))};
const source = readFileSync(file);
const cached = readFileSync(file + '.cache');
if (cached.readUInt32LE(0) !== source.length) throw new Error('the core cache is not for this build: npm run build');
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + source.toString('utf8') + '\\n})', {
  filename: file,
  cachedData: cached.subarray(4 + source.length),
});
if (script.cachedDataRejected) throw new Error('the core cache was rejected');
${run ? "const bundle = { exports: {} };\nscript.runInThisContext()(bundle.exports, createRequire(file), bundle, file, require('node:path').dirname(file));" : ''}
`;

const stages = [
  { name: "node -e ''", args: ['-e', ''] },
  { name: 'an empty script file', args: [file('empty.cjs', '')] },
  { name: 'the command line: --version', args: [BIN, '--version'] },
  { name: "the core's code cache deserialized", args: [file('core-loaded.cjs', coreScript(false))] },
  { name: "the core's modules run", args: [file('core-run.cjs', coreScript(true))] },
  { name: 'an empty file converted to RSS with -o', args: [BIN, file('empty.txt', ''), '-f', 'rss', '-o', join(work, 'empty.xml'), '-q'] },
  { name: 'the sample converted to RSS with -o', args: [BIN, SAMPLE, '-f', 'rss', '-o', join(work, 'sample.xml')] },
];

const times = stages.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    stages.forEach((stage, i) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, stage.args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${stage.name}: exit ${result.status}: ${result.stderr}`);
      times[i].push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log(`${ROUNDS} interleaved rounds; medians, and medians of the ratios and differences within a round:\n`);
console.log('| stage | median ms | × node | adds ms |');
console.log('| --- | ---: | ---: | ---: |');
stages.forEach((stage, i) => {
  const ratio = median(times[i].map((t, round) => t / times[0][round]));
  const adds = i === 0 ? '' : median(times[i].map((t, round) => t - times[i - 1][round])).toFixed(1);
  console.log(`| ${stage.name} | ${median(times[i]).toFixed(1)} | ${ratio.toFixed(3)} | ${adds} |`);
});
