// Times the segmenter alone, in process, on one dump: `node bench/segment.mjs DUMP [ROUNDS] [BUILD]`, after `npm run
// build` (BUILD: another checkout's root, its dist built, to compare two builds in turn). Prints the minimum and
// median milliseconds of `segment()` over the dump's lines, split once beforehand. No I/O, no other stage: the rule
// checks every line meets are what it measures (a change that made it 20% slower moved a whole conversion by ~5%,
// within the end-to-end timings' noise). Make the dump with `node bench/generate.mjs DUMP 40`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const [dump, rounds = '5', build = new URL('..', import.meta.url).pathname] = process.argv.slice(2);
if (dump === undefined) {
  console.error('usage: node bench/segment.mjs DUMP [ROUNDS] [BUILD]');
  process.exit(2);
}
const { segment } = await import(pathToFileURL(resolve(build, 'dist', 'index.js')).href);
const lines = readFileSync(dump, 'utf8')
  .split('\n')
  .map((text, i) => ({ text, line: i + 1 }));
const times = [];
let articles = 0;
for (let round = 0; round < Number(rounds); round++) {
  const start = performance.now();
  articles = segment(lines, dump).length;
  times.push(performance.now() - start);
}
console.log(`${resolve(build)}: ${articles} articles; min ${Math.min(...times).toFixed(0)} ms, median ${median(times).toFixed(0)} ms over ${rounds} rounds`);
