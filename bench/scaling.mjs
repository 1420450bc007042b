// What this machine's cores give work split in two, by kind of work: `node bench/scaling.mjs [ROUNDS]`, after
// `npm run build`. Each workload runs in one process alone, then in two processes at once, sharing nothing; a
// round's scaling is twice the time alone over the time together (2.00: two whole cores). Prints the medians over
// rounds, and how many cores one process alone keeps busy (its CPU time, V8's helper threads for collection and
// compilation included, over its wall time): a process that already uses more than one core has less to gain. The
// batch target (--jobs 2 against --jobs 1) cannot beat what its own kind of work gets here.
// Note: the workloads run in child processes of this script (`--work NAME`), each a fixed amount of work.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { articles } from './generate.mjs';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Small dumps from the benchmark's generator: the batch's kind of input. */
const dumps = (count) => {
  const texts = [];
  for (const text of articles(7)) if (texts.push(text) >= count) break;
  return texts;
};

const workloads = {
  /** Integer arithmetic in registers: no memory traffic, no collection. */
  arithmetic: async () => {
    let x = 0;
    for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;
    return x;
  },
  /** tinyld's detection (what a small dump's feed language costs when its text is not plainly English). */
  'language detection': async () => {
    const { detectAll } = await import('tinyld/light');
    const texts = dumps(5).map((text) => text.slice(0, 1000));
    let found = 0;
    for (let i = 0; i < 180; i++) for (const text of texts) found += detectAll(text).length;
    return found;
  },
  /** feedconv converting small dumps to RSS, from memory to nowhere: the batch's work without its files. */
  conversion: async () => {
    const { convert } = await import(`${ROOT}dist/index.js`);
    const texts = dumps(400);
    const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    for (const text of texts) {
      const result = await convert({ inputs: [], format: 'rss' }, { stdin: Readable.from([Buffer.from(text)]), stdout: nowhere(), env: {} });
      if (result.exitCode !== 0) throw new Error(`conversion exited ${result.exitCode}`);
    }
    return texts.length;
  },
};

if (process.argv[2] === '--work') {
  await workloads[process.argv[3]]();
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${(user + system) / 1e6}\n`);
} else {
  const ROUNDS = Number(process.argv[2] ?? 5);
  const self = fileURLToPath(import.meta.url);
  /** Seconds until `count` processes running the workload at once have all ended, and their CPU seconds. */
  const timed = async (name, count) => {
    const started = process.hrtime.bigint();
    const cpu = await Promise.all(
      Array.from({ length: count }, async () => {
        const child = spawn(process.execPath, [self, '--work', name], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (text) => (out += text));
        const [code] = await once(child, 'close');
        if (code !== 0) throw new Error(`${name} exited ${code}`);
        return Number(out.trim().split('\n').pop());
      }),
    );
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpu.reduce((sum, seconds) => sum + seconds, 0) };
  };
  console.log(`| work | alone s | cores alone | two at once s | scaling |\n| --- | ---: | ---: | ---: | ---: |`);
  for (const name of Object.keys(workloads)) {
    const alone = [];
    const together = [];
    for (let round = 0; round < ROUNDS; round++) {
      alone.push(await timed(name, 1));
      together.push(await timed(name, 2));
    }
    const seconds = (runs) => median(runs.map((run) => run.seconds)).toFixed(2);
    const cores = median(alone.map((run) => run.cpu / run.seconds));
    const scaling = median(alone.map((run, round) => (2 * run.seconds) / together[round].seconds));
    console.log(`| ${name} | ${seconds(alone)} | ${cores.toFixed(2)} | ${seconds(together)} | ${scaling.toFixed(2)}x |`);
  }
}
