// The benchmark: `npm run bench` (builds first). Options:
//   --size MB      dump size for throughput (default 100)
//   --repeat N     rounds, interleaved (default 3; startup always 31)
//   --files N      small dumps in the batch (default 10000)
//   --big          also check peak memory on a 1 GB dump in every format (slow)
//   --quick        --size 20 --repeat 1 --files 1000: a smoke run, targets still checked,
//                  results printed only (bench/results.md and the README keep the last full run)
// Prints a table (median, min, max; MB/s, items/s, cores busy, peak MB), writes
// bench/results.md and the README's benchmark section, and exits 1 when a target
// is missed. Inputs are generated deterministically (bench/generate.mjs).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, freemem, totalmem, platform, release, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articles, generate } from './generate.mjs';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'feedconv.js');
const SAMPLE = join(ROOT, 'samples', 'aawsat-2024.txt');
const TIME = '/usr/bin/time';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : Number(argv[at + 1]);
};
const quick = flag('--quick');
const SIZE = value('--size', quick ? 20 : 100);
const REPEAT = value('--repeat', quick ? 1 : 3);
const FILES = value('--files', quick ? 1000 : 10000);
const BIG = flag('--big');

if (!existsSync(TIME)) {
  console.error(`bench: ${TIME} is needed for peak memory (Debian: apt-get install time)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'feedconv-bench-'));
const log = (text) => process.stderr.write(`${text}\n`);

/** GNU time's arguments for a command: it prints peak RSS (KB) and user and system CPU seconds as its last line. */
const timed = (command, args) => ['-f', '%M %U %S', command, ...args];

/** Peak RSS in MB and CPU seconds (user and system, every thread) from the standard error of a `timed` command. */
function readTime(stderr) {
  const [peakKb, user, system] = stderr.trim().split('\n').pop().split(' ').map(Number);
  return { peakMb: peakKb / 1024, cpuSeconds: user + system };
}

/**
 * Runs a command under GNU time: wall seconds (measured here), peak RSS in MB,
 * and CPU seconds (user and system, every thread).
 */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME, timed(command, args), { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-800)}`);
  }
  return { seconds, ...readTime(result.stderr) };
}

const summary = (runs) => ({
  median: median(runs.map((r) => r.seconds)),
  min: Math.min(...runs.map((r) => r.seconds)),
  max: Math.max(...runs.map((r) => r.seconds)),
  peakMb: Math.max(...runs.map((r) => r.peakMb)),
  // Cores busy: CPU time over wall time (GC and file I/O run on threads of their own).
  cores: median(runs.map((r) => r.cpuSeconds / r.seconds)),
  cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
});

// ── Inputs ──────────────────────────────────────────────────────────────────
log(`bench: generating a ${SIZE} MB dump in ${work}`);
const dump = join(work, 'dump.txt');
const { bytes: dumpBytes } = await generate(dump, SIZE);
const ndjson = join(work, 'dump.ndjson');
execFileSync(process.execPath, [BIN, dump, '-f', 'ndjson', '-o', ndjson, '-q', '--language', 'en']);
const items = readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).length;
const dumpMb = dumpBytes / 1048576;

// ── Throughput: interleaved rounds ──────────────────────────────────────────
const out = (name) => join(work, `out.${name}`);
const cases = [
  ...['rss', 'atom', 'jsonfeed', 'json', 'ndjson', 'md'].map((format) => ({
    name: `feedconv ${format}`,
    group: 'feedconv',
    run: () => measure(process.execPath, [BIN, dump, '-f', format, '-o', out(format), '-q']),
  })),
  ...['feed', 'feedsmith'].flatMap((library) =>
    ['rss', 'atom', 'jsonfeed'].map((format) => ({
      name: `${library} ${format} (from parsed NDJSON)`,
      group: 'peer',
      run: () => measure(process.execPath, [join(ROOT, 'bench', 'peers.mjs'), library, format, ndjson, out(`${library}.${format}`)]),
    })),
  ),
  // The stages before any output, on their own: read, segment, normalize (no language detection, nothing written).
  { name: 'feedconv check (no output)', group: 'stage', run: () => measure(process.execPath, [BIN, 'check', dump, '-q']) },
  { name: 'bare Node loop (ceiling)', group: 'floor', run: () => measure(process.execPath, [join(ROOT, 'bench', 'bare.mjs'), dump, out('bare')]) },
  { name: 'wc -l (I/O floor)', group: 'floor', run: () => measure('wc', ['-l', dump]) },
];
const runs = new Map(cases.map((c) => [c.name, []]));
for (let round = 1; round <= REPEAT; round++) {
  for (const c of cases) {
    log(`bench: round ${round}/${REPEAT}: ${c.name}`);
    runs.get(c.name).push(c.run());
  }
}
const results = new Map(cases.map((c) => [c.name, summary(runs.get(c.name))]));

// ── Peak memory on a 1 GB dump (--big) ──────────────────────────────────────
const bigPeaks = new Map();
if (BIG) {
  const big = join(work, 'big.txt');
  log('bench: generating a 1024 MB dump');
  await generate(big, 1024);
  for (const format of ['rss', 'atom', 'jsonfeed', 'json', 'ndjson', 'md']) {
    log(`bench: 1 GB → ${format}`);
    bigPeaks.set(format, measure(process.execPath, [BIN, big, '-f', format, '-o', '/dev/null', '-q']).peakMb);
  }
  rmSync(big);
}

// ── Startup: 31 interleaved rounds ──────────────────────────────────────────
// Each round runs every case once, back to back; a case's ratio to node is the median of its ratios within a round.
// Note: the median of each case apart, then divided, swung with the machine's load: in one run `node -e ''` took a
// median 141 ms (min 110) and `--version` came out at 0.97x of it.
const STARTUP_ROUNDS = 31;
const startupCases = [
  { name: "node -e ''", args: ['-e', ''] },
  { name: 'feedconv --version', args: [BIN, '--version'] },
  { name: 'feedconv sample → rss', args: [BIN, SAMPLE, '-f', 'rss', '-o', join(work, 'sample.xml')] },
];
const startupRuns = new Map(startupCases.map((c) => [c.name, []]));
log(`bench: startup, ${STARTUP_ROUNDS} rounds`);
for (let round = 0; round < STARTUP_ROUNDS; round++) {
  for (const c of startupCases) startupRuns.get(c.name).push(measure(process.execPath, c.args));
}
const startup = new Map(startupCases.map((c) => [c.name, summary(startupRuns.get(c.name))]));
const nodeRuns = startupRuns.get("node -e ''");
/** The median over rounds of a start-up case's time over `node -e ''`'s in the same round. */
const timesNode = (name) => median(startupRuns.get(name).map((run, round) => run.seconds / nodeRuns[round].seconds));

// ── Batch: many small dumps, --jobs 1 and 2 ─────────────────────────────────
log(`bench: writing ${FILES} small dumps`);
const batchDir = join(work, 'batch');
mkdirSync(batchDir);
let n = 0;
for (const text of articles(7)) {
  writeFileSync(join(batchDir, `d${String(n).padStart(5, '0')}.txt`), text);
  if (++n >= FILES) break;
}
/** Runs commands at once, each under GNU time: wall seconds until the last ends, CPU seconds of all, the largest peak. */
async function measureTogether(commands) {
  const started = process.hrtime.bigint();
  const one = (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(TIME, timed(process.execPath, args), { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-800)}`));
        resolve(readTime(stderr));
      });
    });
  const runs = await Promise.all(commands.map(one));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, peakMb: Math.max(...runs.map((r) => r.peakMb)), cpuSeconds: runs.reduce((sum, r) => sum + r.cpuSeconds, 0) };
}

// The yardstick for --jobs 2: two --jobs 1 processes at once, each on half the files (by the parity of their
// number) into a folder of its own, sharing nothing. What they gain over one is what this machine's two cores
// give work that is split perfectly.
const halves = ['[02468]', '[13579]'].map((digits, i) => ({ glob: join(batchDir, `d*${digits}.txt`), target: join(work, `batch-out-half-${i}`) }));
const batchRuns = { 1: [], 2: [], halves: [] };
for (let round = 1; round <= REPEAT; round++) {
  for (const jobs of [1, 2]) {
    const target = join(work, `batch-out-${jobs}`);
    rmSync(target, { recursive: true, force: true });
    log(`bench: round ${round}/${REPEAT}: batch --jobs ${jobs}`);
    batchRuns[jobs].push(measure(process.execPath, [BIN, batchDir, '-f', 'rss', '--out-dir', target, '--jobs', String(jobs), '-q']));
  }
  for (const half of halves) rmSync(half.target, { recursive: true, force: true });
  log(`bench: round ${round}/${REPEAT}: batch halves, two --jobs 1 processes at once`);
  batchRuns.halves.push(await measureTogether(halves.map((half) => [BIN, half.glob, '-f', 'rss', '--out-dir', half.target, '--jobs', '1', '-q'])));
}
const batch = { 1: summary(batchRuns[1]), 2: summary(batchRuns[2]), halves: summary(batchRuns.halves) };
rmSync(work, { recursive: true, force: true });

// ── Targets ─────────────────────────────────────────────────────────────────
const rss = results.get('feedconv rss');
const feedRss = results.get('feed rss (from parsed NDJSON)');
const bare = results.get('bare Node loop (ceiling)');
const peak100 = Math.max(...cases.filter((c) => c.group === 'feedconv').map((c) => results.get(c.name).peakMb));
const targets = [
  { what: 'text → RSS vs `feed` emitting the same parsed articles', target: '≥ 1.5x faster', value: feedRss.median / rss.median, ok: feedRss.median / rss.median >= 1.5, show: (v) => `${v.toFixed(2)}x` },
  { what: 'text → RSS vs the bare Node loop', target: '≥ 70% of its speed', value: bare.median / rss.median, ok: bare.median / rss.median >= 0.7, show: (v) => `${(v * 100).toFixed(0)}%` },
  { what: `peak memory, ${SIZE} MB dump, every format`, target: '≤ 150 MB', value: peak100, ok: peak100 <= 150, show: (v) => `${v.toFixed(0)} MB` },
  ...(BIG
    ? [{ what: 'peak memory, 1 GB dump, every format', target: '≤ 150 MB', value: Math.max(...bigPeaks.values()), ok: Math.max(...bigPeaks.values()) <= 150, show: (v) => `${v.toFixed(0)} MB` }]
    : []),
  { what: "`feedconv --version` vs `node -e ''`", target: '≤ 1.3x', value: timesNode('feedconv --version'), ok: timesNode('feedconv --version') <= 1.3, show: (v) => `${v.toFixed(2)}x` },
  { what: "the sample → RSS vs `node -e ''`", target: '≤ 1.5x', value: timesNode('feedconv sample → rss'), ok: timesNode('feedconv sample → rss') <= 1.5, show: (v) => `${v.toFixed(2)}x` },
  { what: `batch of ${FILES} small dumps, --jobs 2 vs --jobs 1`, target: '≥ 1.7x faster', value: batch[1].median / batch[2].median, ok: batch[1].median / batch[2].median >= 1.7, show: (v) => `${v.toFixed(2)}x` },
];

// ── Report ──────────────────────────────────────────────────────────────────
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM (${(freemem() / 2 ** 30).toFixed(1)} GB free), ${platform()} ${release()}, Node ${process.versions.node}`;
const s = (v) => v.toFixed(2);
const lines = [];
lines.push(`Machine: ${machine}. Run ${new Date().toISOString().slice(0, 10)}: \`npm run bench -- ${argv.join(' ')}\`.`.replace(' -- `', '`'));
lines.push('');
lines.push(`Throughput on a ${dumpMb.toFixed(0)} MB generated dump (${items} articles), ${REPEAT} interleaved round${REPEAT === 1 ? '' : 's'}; peers emit from the parsed NDJSON of the same articles:`);
lines.push('');
lines.push('| run | median s | min s | max s | MB/s | items/s | cores | peak MB |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const r = results.get(c.name);
  lines.push(`| ${c.name} | ${s(r.median)} | ${s(r.min)} | ${s(r.max)} | ${(dumpMb / r.median).toFixed(1)} | ${c.name.startsWith('wc') ? '' : Math.round(items / r.median)} | ${r.cores.toFixed(2)} | ${r.peakMb.toFixed(0)} |`);
}
lines.push('');
lines.push(`Startup, ${STARTUP_ROUNDS} interleaved rounds; × node is the median of the ratios within a round:`);
lines.push('');
lines.push('| run | median ms | min ms | max ms | × node |');
lines.push('| --- | ---: | ---: | ---: | ---: |');
for (const c of startupCases) {
  const r = startup.get(c.name);
  lines.push(`| ${c.name} | ${(r.median * 1000).toFixed(0)} | ${(r.min * 1000).toFixed(0)} | ${(r.max * 1000).toFixed(0)} | ${timesNode(c.name).toFixed(2)} |`);
}
lines.push('');
// With the same work either way, --jobs 2 can be at most this much faster: the cores it can keep busy
// (this machine's, or twice what --jobs 1 used) over the cores --jobs 1 kept busy.
const batchCeiling = Math.min(cpu.length, 2 * batch[1].cores) / batch[1].cores;
lines.push(
  `Batch of ${FILES} small dumps → RSS with --out-dir (${REPEAT} round${REPEAT === 1 ? '' : 's'}, medians): --jobs 1 ${s(batch[1].median)} s, ${batch[1].cpuSeconds.toFixed(1)} s of CPU time, ${batch[1].cores.toFixed(2)} cores busy; ` +
    `--jobs 2 ${s(batch[2].median)} s, ${batch[2].cpuSeconds.toFixed(1)} s of CPU time, ${batch[2].cores.toFixed(2)} cores busy. ` +
    `On ${cpu.length} core${cpu.length === 1 ? '' : 's'}, --jobs 2 doing the same work as --jobs 1 can be at most ${batchCeiling.toFixed(2)}x faster. ` +
    `Two --jobs 1 processes at once, each on half the files into a folder of its own, took ${s(batch.halves.median)} s (${batch.halves.cpuSeconds.toFixed(1)} s of CPU time): ` +
    `${(batch[1].median / batch.halves.median).toFixed(2)}x --jobs 1, what this machine gives work split perfectly in two.`,
);
if (BIG) lines.push(`\nPeak memory on a 1 GB dump: ${[...bigPeaks].map(([f, mb]) => `${f} ${mb.toFixed(0)} MB`).join(', ')}.`);
lines.push('');
lines.push('| target | goal | measured | |');
lines.push('| --- | --- | ---: | --- |');
for (const t of targets) lines.push(`| ${t.what} | ${t.target} | ${t.show(t.value)} | ${t.ok ? 'met' : '**missed**'} |`);
const report = lines.join('\n');

process.stdout.write(`${report}\n`);
// A smoke run's figures are not the benchmark's: the files keep the last full run.
if (!quick) {
  writeFileSync(join(ROOT, 'bench', 'results.md'), `# Benchmark results\n\n${report}\n`);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${report}\n${readme.slice(readme.indexOf(end))}`);
  }
}
const missed = targets.filter((t) => !t.ok);
if (missed.length > 0) {
  log(`bench: ${missed.length} target${missed.length === 1 ? '' : 's'} missed: ${missed.map((t) => t.what).join('; ')}`);
  process.exit(1);
}
