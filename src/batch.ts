/**
 * Batch mode (`--out-dir`): every input becomes its own outputs, one per
 * format, read and segmented once. Files are independent, so they convert in
 * parallel on worker threads; results (and diagnostics) are reported in input
 * order, so the run is the same whatever `--jobs` is.
 */
import { dirname, join } from 'node:path';
import { bundledFile } from './bundled.js';
import { applyFeedInfo, feedMeta, segmentRules } from './convert-options.js';
import { ExitCode, FeedconvError, IoError, type StopSignal, describeSystemError } from './errors.js';
import { fileSystem, loadOs } from './fs.js';
import { canDefer, emitDeferred } from './deferred.js';
import { openSources } from './input/sources.js';
import type { Article, Diagnostic, Emitter, FeedMeta, ResolvedOptions, Stats } from './model.js';
import { withLanguage } from './language.js';
import { type Sink, fileSink } from './output.js';
import { type FileSummary, articleStream, emptyStats, newestDate, tee } from './pipeline.js';

/** One input and where its outputs go. */
export interface FileJob {
  file: string;
  /** Whole-feed outputs: format name and path. */
  outputs: { format: string; path: string }[];
  /** The folder for one-file-per-article output (`--split`), and the format that splits. */
  split?: { format: string; dir: string };
}

export interface FileOutcome {
  diagnostics: Diagnostic[];
  stats: Stats;
  summary: FileSummary;
  exitCode: number;
}

/** Converts one input to all its outputs. Never throws for the input's own problems: they are in the outcome. */
export async function convertFile(
  job: FileJob,
  options: ResolvedOptions,
  registry: Readonly<Record<string, Emitter>>,
  env: Record<string, string | undefined>,
): Promise<FileOutcome> {
  const stats = emptyStats();
  const diagnostics: Diagnostic[] = [];
  let summary: FileSummary = { file: job.file, articles: 0, lines: 0, errors: 0, warnings: 0 };
  const sources = openSources([job.file], () => process.stdin);
  const feed = feedMeta(options, [job.file], env);
  const streamOptions = { ...options, rules: segmentRules(options) };
  const emitters = job.outputs.map((output) => registry[output.format] as Emitter);
  const splitter = job.split && (registry[job.split.format] as Emitter);
  const sinks: Sink[] = [];
  try {
    // Only the formats that need it get the newest article date as the feed's date: the others keep SOURCE_DATE_EPOCH alone.
    // Atom takes it after its entries (deferred.ts); only a loaded emitter that cannot needs a first pass.
    const newest =
      emitters.some((emitter) => emitter.needsUpdated && !canDefer(emitter, feed)) && feed.updated === undefined
        ? await newestDate(sources, streamOptions)
        : undefined;
    const stream = articleStream(sources, streamOptions, stats, {
      report: (d) => diagnostics.push(d),
      feedInfo: (_file, info) => applyFeedInfo(feed, options, info),
      beforeRead: async () => {},
      fileDone: (s) => {
        summary = s;
      },
    });
    const items = await withLanguage(feed, stream);
    const datedFeed = newest === undefined ? feed : { ...feed, updated: newest };
    const branches = tee(items, emitters.length + (splitter ? 1 : 0));
    const writers = job.outputs.map(async (output, i) => {
      await makeFolder(dirname(output.path));
      const sink = await fileSink(output.path);
      sinks.push(sink);
      const emitter = emitters[i] as Emitter;
      const branch = branches[i] as AsyncIterable<Article>;
      if (canDefer(emitter, feed)) await emitDeferred(emitter, feed, branch, { stats }, sink);
      else for await (const chunk of emitter.emit(emitter.needsUpdated ? datedFeed : feed, branch, { stats })) await sink.write(chunk);
    });
    if (splitter && job.split) writers.push(writeSplit(splitter, feed, branches[emitters.length] as AsyncIterable<Article>, job.split.dir, stats));
    await Promise.all(writers);
    // A refused input (binary, unreadable) gets no outputs at all, not empty feeds.
    if (diagnostics.some((d) => d.severity === 'error' && (d.rule === 'unreadable' || d.rule === 'io'))) {
      await Promise.all(sinks.map((sink) => sink.abort()));
    } else {
      for (const sink of sinks) {
        await sink.commit();
        stats.bytesOut += sink.bytes;
      }
    }
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.abort()));
    if (!(error instanceof FeedconvError)) throw error;
    diagnostics.push({ file: job.file, severity: 'error', rule: 'io', message: error.message });
    return { diagnostics, stats, summary: { ...summary, errors: summary.errors + 1 }, exitCode: error.exitCode };
  }
  const ioError = diagnostics.some((d) => d.rule === 'io');
  const exitCode = ioError ? ExitCode.io : diagnostics.some((d) => d.severity === 'error') ? ExitCode.input : ExitCode.ok;
  return { diagnostics, stats, summary, exitCode };
}

/** Folders this thread has made: a batch writes many files into few folders. */
const made = new Set<string>();

async function makeFolder(dir: string): Promise<void> {
  if (made.has(dir)) return;
  try {
    await fileSystem.mkdir(dir);
    made.add(dir);
  } catch (error) {
    throw new IoError(`cannot create folder '${dir}': ${describeSystemError(error)}`, { cause: error });
  }
}

/** One file per article in `dir`, each written atomically. */
export async function writeSplit(emitter: Emitter, feed: FeedMeta, items: AsyncIterable<Article>, dir: string, stats: Stats): Promise<void> {
  const split = emitter.split as NonNullable<Emitter['split']>;
  await makeFolder(dir);
  for await (const article of items) {
    // Note: the name is the slug, unique in the feed and only [a-z0-9-]: it cannot leave `dir`.
    const { name, content } = split(article, feed, { stats });
    const sink = await fileSink(join(dir, name));
    try {
      await sink.write(content);
      await sink.commit();
    } catch (error) {
      await sink.abort();
      throw error;
    }
    stats.bytesOut += sink.bytes;
  }
}

/** Jobs sent to each worker ahead: enough that it never waits on this thread, which converts too. */
const IN_FLIGHT = 4;
/**
 * Files each thread converts at once: one file's reads, writes, fsync and rename
 * leave a thread idle (a third of a batch of small files), and the other's work
 * fills the wait. Each conversion streams in bounded memory, so a batch of large
 * files holds about twice one conversion's memory per thread.
 */
export const LANES = 2;

/** Runs the jobs on `options.jobs` threads (this one and workers), LANES files each, and hands each outcome over in input order. Returns the threads that converted (0: this thread alone). */
export async function runJobs(
  jobs: readonly FileJob[],
  options: ResolvedOptions,
  registry: Readonly<Record<string, Emitter>>,
  env: Record<string, string | undefined>,
  onOutcome: (outcome: FileOutcome, index: number) => void,
  signal?: StopSignal,
): Promise<number> {
  const threads = Math.min(options.jobs ?? loadOs().availableParallelism(), jobs.length);
  const results: (FileOutcome | undefined)[] = new Array(jobs.length);
  let reported = 0;
  const settle = (index: number, outcome: FileOutcome): void => {
    results[index] = outcome;
    while (reported < jobs.length && results[reported] !== undefined) {
      onOutcome(results[reported] as FileOutcome, reported);
      results[reported] = undefined;
      reported++;
    }
  };
  let next = 0;
  /** Set when a conversion fails unexpectedly: no thread starts another job, and the failure is thrown. */
  let failed = false;
  const more = (): boolean => next < jobs.length && !failed && !signal?.aborted;

  // This thread converts too, LANES files at once: `--jobs N` is this thread and N-1 workers. A thread that
  // only handed out jobs would sit idle, and on two cores each extra thread's start and JIT cost more than it gave.
  const here = async (): Promise<void> => {
    while (more()) {
      const index = next++;
      try {
        settle(index, await convertFile(jobs[index] as FileJob, options, registry, env));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = Array.from({ length: LANES }, here);
  // The bundled worker entry (dist/worker.js), looked for only when a batch would use it.
  // Note: from source (the test runner) there is none; the same code then runs on this thread alone.
  const entry = threads > 1 ? bundledFile('worker.js', import.meta.url) : undefined;
  if (entry === undefined) {
    await allDone(lanes);
    return 0;
  }
  // Only a batch on several threads needs them (worker_threads and what it loads cost every start a few ms).
  const { Worker } = await import('node:worker_threads');
  const workerEnv = { SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH };
  // Each worker holds a few jobs, so it never waits for this thread (busy converting its own) to send the next.
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // The options go once, with the thread: each job's message carries only the job.
      const worker = new Worker(entry, { workerData: { options, env: workerEnv } });
      let inFlight = 0;
      /** A job that failed in the worker: the others under way there finish (each output whole or removed) before it is thrown. */
      let failure: Error | undefined;
      const send = (): void => {
        while (inFlight < IN_FLIGHT && more()) {
          const index = next++;
          inFlight++;
          worker.postMessage({ index, job: jobs[index] });
        }
        if (inFlight === 0) worker.terminate().then(() => (failure === undefined ? resolve() : reject(failure)), reject);
      };
      worker.on('message', (message: { index: number; outcome?: FileOutcome; error?: { message: string; stack?: string } }) => {
        inFlight--;
        if (message.outcome === undefined) {
          failed = true;
          failure ??= Object.assign(new Error(message.error?.message ?? 'worker failed'), { stack: message.error?.stack });
        } else {
          settle(message.index, message.outcome);
        }
        send();
      });
      // The thread itself died: nothing of it is left to wait for.
      worker.on('error', (error) => {
        failed = true;
        void worker.terminate();
        reject(error);
      });
      send();
    });
  await allDone([...lanes, ...Array.from({ length: threads - 1 }, runWorker)]);
  return threads;
}

/** Waits for every lane and thread to stop (none starts a job after a failure), then throws the first failure, if any. */
async function allDone(runs: Promise<void>[]): Promise<void> {
  const failure = (await Promise.allSettled(runs)).find((run) => run.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}
