// Where a small conversion's start-up goes: runs the sample's conversion to RSS stopped after each stage, all
// interleaved, and prints each stage's median, its ratio to `node -e ''` and what it adds to the stage before (the
// medians of the ratios and differences within a round). `node bench/stages.mjs [ROUNDS]`, after `npm run build`.
// The two middle stages are scripts that load the bundles through the built starter, as bin/feedconv.js does, and stop.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

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
const START = join(ROOT, 'dist', 'start.cjs');
const CORE = join(ROOT, 'dist', 'core.cjs');
/** Loads the command line as the bin does, then compiles the core from its code cache (src/cached.ts); `run`: runs it too. */
const coreScript = (run) => `'use strict';
const start = require(${JSON.stringify(START)});
start.loadCli();
const core = start.${run ? 'runCached' : 'compileCached'}(${JSON.stringify(CORE)});
if (core.cache !== 'used') throw new Error(\`the core's code cache was \${core.cache}: npm run build\`);
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

console.log(`${ROUNDS} interleaved rounds; medians, and medians of the ratios and differences within a round:\n`);
console.log('| stage | median ms | × node | adds ms |');
console.log('| --- | ---: | ---: | ---: |');
stages.forEach((stage, i) => {
  const ratio = median(times[i].map((t, round) => t / times[0][round]));
  const adds = i === 0 ? '' : median(times[i].map((t, round) => t - times[i - 1][round])).toFixed(1);
  console.log(`| ${stage.name} | ${median(times[i]).toFixed(1)} | ${ratio.toFixed(3)} | ${adds} |`);
});
