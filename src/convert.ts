/**
 * The whole run: inputs → article stream → emitters → outputs. Two modes:
 * one merged feed (standard output or `-o`), or a batch (`--out-dir`) with
 * one output per input and format. Input problems are diagnostics; usage and
 * I/O problems that stop the run are thrown as `FeedconvError`s.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type FileJob, runJobs } from './batch.js';
import { applyFeedInfo, chooseEmitters, feedMeta, parseOptions, segmentRules, sourceDateEpoch } from './convert-options.js';
import { canDefer, emitDeferred } from './deferred.js';
import { loadEmitters } from './emit/load.js';
import { ExitCode, InputError, IoError, type StopSignal, UsageError, checkInterrupted } from './errors.js';
import { fileSystem } from './fs.js';
import { resolveInputs, shardOf } from './input/resolve.js';
import { type Source, openSources, spoolToFile } from './input/sources.js';
import { withLanguage } from './language.js';
import type { Diagnostic, Emitter, Stats } from './model.js';
import { type ConvertOptions, DEFAULT_MAX_FEED_BYTES, type ResolvedOptions } from './options.js';
import { BrokenPipe, type Sink, fileSink, streamSink } from './output.js';
import { type FileSummary, addStats, articleStream, emptyStats, newestDate, rawArticles } from './pipeline.js';
import { sniffSource } from './read/sniff.js';
import type { RawArticle } from './segment/segment.js';

export { emptyStats };

export interface ConvertIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Called for each diagnostic as it is found; the default keeps them in the result. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Called as inputs are finished: how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the run cleanly: no partial or temporary file is left (the CLI wires SIGINT and SIGTERM to it). An AbortSignal will do. */
  signal?: StopSignal;
}

export interface ConvertResult {
  exitCode: number;
  stats: Stats;
  /** Counts by severity; the diagnostics themselves went to `onDiagnostic` (or into `diagnostics`). */
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  /** Per input, in order. */
  files: FileSummary[];
}

function processIo(): ConvertIo {
  // Note: standard input and output are opened only when a run uses them (stream modules, ~2 ms).
  return {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    env: process.env,
  };
}

/** A fresh result and the function that records a diagnostic in it. */
function startResult(io: ConvertIo): { result: ConvertResult; report: (d: Diagnostic) => void; ioErrors: () => number } {
  const result: ConvertResult = { exitCode: ExitCode.ok, stats: emptyStats(), errors: 0, warnings: 0, diagnostics: [], files: [] };
  let ioErrors = 0;
  const report = (diagnostic: Diagnostic): void => {
    if (diagnostic.rule === 'io') ioErrors++;
    if (diagnostic.severity === 'error') result.errors++;
    if (diagnostic.severity === 'warning') result.warnings++;
    if (io.onDiagnostic) io.onDiagnostic(diagnostic);
    else result.diagnostics.push(diagnostic);
  };
  return { result, report, ioErrors: () => ioErrors };
}

/** The exit code a result earns: the worst of what happened (I/O 3, input 1), warnings count with --strict. */
function finalExitCode(result: ConvertResult, strict: boolean, worst: number): number {
  if (worst === ExitCode.io) return ExitCode.io;
  return result.errors > 0 || (strict && result.warnings > 0) || worst === ExitCode.input ? ExitCode.input : ExitCode.ok;
}

/** Converts the inputs: one merged feed, or with `outDir` a batch of outputs. */
export async function convert(rawOptions: ConvertOptions, io: ConvertIo = processIo()): Promise<ConvertResult> {
  const options = parseOptions(rawOptions);
  const registry = await loadEmitters(options.emitters);
  const emitters = chooseEmitters(registry, options.format, options.output);
  if (options.outDir !== undefined) return convertBatch(options, registry, emitters, io);
  if (options.split) throw new UsageError('--split writes one file per article into a folder: give it with --out-dir');
  if (emitters.length > 1) throw new UsageError(`several formats (${emitters.map((e) => e.name).join(', ')}) need --out-dir: one output per input and format`);
  return convertMerged(options, emitters[0] as Emitter, io);
}

/** Every input merged into one feed, streamed to standard output or written atomically to `-o`. */
async function convertMerged(options: ResolvedOptions, emitter: Emitter, io: ConvertIo): Promise<ConvertResult> {
  const inputs = await resolveInputs(options.inputs);
  // Note: a merged feed missing one input would be wrong, so here a missing input stops the run before any output.
  const missing = inputs.missing[0];
  if (missing !== undefined) throw new IoError(missing.message);
  const names = shardOf(inputs.names, options.shard);
  const feed = feedMeta(options, names, io.env);
  if (options.output !== undefined) await refuseOverwritingInput([options.output], names);
  const { result, report, ioErrors } = startResult(io);
  const streamOptions = { ...options, rules: segmentRules(options) };
  let sources: Source[] = openSources(names, () => io.stdin, io.signal);

  const spooled: { remove(): Promise<void> }[] = [];
  // Atom states the newest article date first: it is written in one pass with the date filled in after (deferred.ts).
  const deferred = canDefer(emitter, feed);
  try {
    if (emitter.needsUpdated && feed.updated === undefined && !deferred) {
      // A loaded emitter that needs the date first and cannot take it after: a first pass finds it.
      // Standard input can be read once: keep a copy on disk for that pass.
      sources = await Promise.all(
        sources.map(async (source) => {
          if (source.name !== '-') return source;
          const copy = await spoolToFile(source);
          spooled.push(copy);
          return copy.source;
        }),
      );
      const newest = await newestDate(sources, streamOptions);
      if (newest !== undefined) feed.updated = newest;
    }
    const sink: Sink = options.output === undefined ? streamSink(io.stdout, 'standard output') : await fileSink(options.output);
    const stream = articleStream(sources, streamOptions, result.stats, {
      report,
      ...(io.signal !== undefined && { signal: io.signal }),
      // Note: one feed read as input lends the output its title and the rest; several would contradict each other.
      ...(names.length === 1 && { feedInfo: (_file, info) => applyFeedInfo(feed, options, info) }),
      beforeRead: () => sink.flush(),
      fileDone: (summary) => {
        result.files.push(summary);
        io.onProgress?.(result.files.length, names.length);
      },
    });
    try {
      // Inside the try: reading the first articles may fail or be interrupted, and the temporary file must go.
      const items = await withLanguage(feed, stream);
      if (deferred) await emitDeferred(emitter, feed, items, { stats: result.stats }, sink);
      else for await (const chunk of emitter.emit(feed, items, { stats: result.stats })) await sink.write(chunk);
      // An input that failed to read part-way leaves the previous output in place, not a feed missing its end.
      if (ioErrors() > 0) await sink.abort();
      else await sink.commit();
    } catch (error) {
      await sink.abort();
      if (!(error instanceof BrokenPipe)) throw error;
    } finally {
      result.stats.bytesOut += sink.bytes;
    }
  } finally {
    await Promise.all(spooled.map((copy) => copy.remove()));
  }
  reportInvalidXml(result.stats, names, report);
  reportUndatedAtom([emitter], result.stats, names, io.env, report);
  result.exitCode = finalExitCode(result, options.strict, ioErrors() > 0 ? ExitCode.io : ExitCode.ok);
  return result;
}

/** One output per input and format under `outDir`, at the input's path relative to the inputs' common folder. */
async function convertBatch(
  options: ResolvedOptions,
  registry: Readonly<Record<string, Emitter>>,
  emitters: Emitter[],
  io: ConvertIo,
): Promise<ConvertResult> {
  if (options.output !== undefined) throw new UsageError('--out-dir writes one output per input; leave out -o');
  const splitter = options.split ? emitters.find((emitter) => emitter.split !== undefined) : undefined;
  if (options.split && splitter === undefined) throw new UsageError(`none of the formats (${emitters.map((e) => e.name).join(', ')}) can --split; md can`);
  const inputs = await resolveInputs(options.inputs);
  if (inputs.names.includes('-')) throw new UsageError('--out-dir needs files: standard input has no name to write its outputs under');
  const outDir = options.outDir as string;
  // The jobs are planned on the whole sorted list, then sharded, so that shards together equal one full run.
  const planned = planJobs(inputs.names, emitters, splitter, outDir);
  await refuseOverwritingInput(
    planned.flatMap((job) => job.outputs.map((o) => o.path)),
    inputs.names,
  );
  const jobs = shardOf(planned, options.shard);
  const { result, report } = startResult(io);
  let worst: number = reportMissing(inputs, options.shard, report) ? ExitCode.io : ExitCode.ok;
  const threads = await runJobs(
    jobs,
    options,
    registry,
    io.env,
    (outcome, index) => {
      outcome.diagnostics.forEach(report);
      // Each file is a feed of its own: what its feed lost or lacks is said of it, by name.
      reportInvalidXml(outcome.stats, [outcome.summary.file], report);
      reportUndatedAtom(emitters, outcome.stats, [outcome.summary.file], io.env, report);
      addStats(result.stats, outcome.stats);
      result.files.push(outcome.summary);
      worst = Math.max(worst, outcome.exitCode);
      io.onProgress?.(index + 1, jobs.length);
    },
    io.signal,
  );
  if (threads > 0) result.stats.threads = threads;
  // Files under way when the signal came were finished (each atomically); none was started after it.
  checkInterrupted(io.signal, () => `${result.files.length} of ${jobs.length} files were converted, each output complete`);
  result.exitCode = finalExitCode(result, options.strict, worst);
  return result;
}

/**
 * Output paths: `in/a/b.txt` → `DIR/a/b.xml` when the inputs' common folder is
 * `in`. Two formats with one extension (rss and atom: `.xml`) get the format in
 * the name (`b.rss.xml`, `b.atom.xml`); `--split` writes `DIR/a/b/<slug>.md`.
 */
function planJobs(files: readonly string[], emitters: Emitter[], splitter: Emitter | undefined, outDir: string): FileJob[] {
  const base = commonFolder(files.map((file) => resolve(file)));
  const wholeFeeds = emitters.filter((emitter) => emitter !== splitter);
  const sharing = (extension: string): boolean => wholeFeeds.filter((e) => e.extension === extension).length > 1;
  const jobs = files.map((file) => {
    const stem = relative(base, resolve(file)).replace(/\.[^./\\]+$/, '');
    const job: FileJob = {
      file,
      outputs: wholeFeeds.map((emitter) => ({
        format: emitter.name,
        path: join(outDir, `${stem}${sharing(emitter.extension) ? `.${emitter.name}` : ''}${emitter.extension}`),
      })),
    };
    if (splitter) job.split = { format: splitter.name, dir: join(outDir, stem) };
    return job;
  });
  const seen = new Map<string, string>();
  for (const job of jobs) {
    for (const path of [...job.outputs.map((o) => o.path), ...(job.split ? [job.split.dir] : [])]) {
      const other = seen.get(path);
      if (other !== undefined) throw new UsageError(`'${other}' and '${job.file}' would both write '${path}'; rename one of them`);
      seen.set(path, job.file);
    }
  }
  return jobs;
}

/** The deepest folder that holds every file. */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  let common = dirname(paths[0] as string).split(sep);
  for (const path of paths.slice(1)) {
    const parts = dirname(path).split(sep);
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/** Reports the inputs that name nothing (this shard's share of them), one I/O error each; true when there were any. */
function reportMissing(inputs: { missing: { name: string; message: string }[] }, shard: string | undefined, report: (d: Diagnostic) => void): boolean {
  const missing = shardOf(inputs.missing, shard);
  for (const { name, message } of missing) report({ file: name, severity: 'error', rule: 'io', message });
  return missing.length > 0;
}

/** Refuses to write onto an input: it would be gone before it was read. */
async function refuseOverwritingInput(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const real = async (path: string): Promise<string> => fileSystem.realpath(path).catch(() => resolve(path));
  // An input is known by its real path (a symlink is the file it points to) and by its own name.
  const files = inputs.filter((input) => input !== '-');
  const inputPaths = new Map<string, string>();
  (await Promise.all(files.map(real))).forEach((path, i) => inputPaths.set(path, files[i] as string));
  for (const input of files) inputPaths.set(resolve(input), input);
  // An output is written by renaming onto its name, which replaces a symlink there rather than what it points to:
  // where it lands is its folder's real path and its own name. Note: a batch has thousands of outputs in a few
  // folders, so each folder is resolved once, and all at once (one after another, 10,000 files waited ~1 s).
  const folders = new Map<string, Promise<string>>();
  const landing = await Promise.all(
    outputs.map(async (output) => {
      const folder = dirname(resolve(output));
      let folderReal = folders.get(folder);
      if (folderReal === undefined) folders.set(folder, (folderReal = real(folder)));
      return join(await folderReal, basename(output));
    }),
  );
  outputs.forEach((output, i) => {
    const input = inputPaths.get(landing[i] as string);
    if (input !== undefined) throw new UsageError(`output '${output}' is also an input ('${input}'); write somewhere else`);
  });
}

/**
 * Atom needs a date on every entry: undated articles carry the feed's updated
 * (the epoch when nothing is dated), which feed validators flag. Say so, and how to fix it.
 */
function reportUndatedAtom(emitters: Emitter[], stats: Stats, names: readonly string[], env: ConvertIo['env'], report: (d: Diagnostic) => void): void {
  if (stats.undated === 0 || !emitters.some((emitter) => emitter.needsUpdated) || sourceDateEpoch(env) !== undefined) return;
  report({
    file: names.length === 1 ? (names[0] as string) : '(all inputs)',
    severity: 'warning',
    rule: 'atom-undated',
    message: `${stats.undated} article${stats.undated === 1 ? ' has' : 's have'} no date; in Atom ${stats.undated === 1 ? 'it carries' : 'they carry'} the feed's updated. Give --date (or SOURCE_DATE_EPOCH) to date them`,
  });
}

function reportInvalidXml(stats: Stats, names: readonly string[], report: (d: Diagnostic) => void): void {
  if (stats.invalidXmlChars === 0) return;
  report({
    file: names.length === 1 ? (names[0] as string) : '(all inputs)',
    severity: 'warning',
    rule: 'invalid-xml-char',
    message: `${stats.invalidXmlChars} characters that XML 1.0 forbids were removed from the output`,
  });
}

/** `feedconv check`: segment and normalize every input, write nothing, report. */
export async function check(rawOptions: ConvertOptions, io: ConvertIo = processIo()): Promise<ConvertResult> {
  const options = parseOptions(rawOptions);
  const inputs = await resolveInputs(options.inputs);
  const { result, report, ioErrors } = startResult(io);
  reportMissing(inputs, options.shard, report);
  const names = shardOf(inputs.names, options.shard);
  const streamOptions = { ...options, rules: segmentRules(options) };
  // Note: each input is checked as its own feed, as a batch would convert it.
  for (const name of names) {
    const items = articleStream(openSources([name], () => io.stdin, io.signal), streamOptions, result.stats, {
      report,
      ...(io.signal !== undefined && { signal: io.signal }),
      beforeRead: async () => {},
      fileDone: (summary) => {
        result.files.push(summary);
        io.onProgress?.(result.files.length, names.length);
      },
    });
    for await (const _article of items);
  }
  result.exitCode = finalExitCode(result, options.strict, ioErrors() > 0 ? ExitCode.io : ExitCode.ok);
  return result;
}

const FEED_NAMES = { rss: 'an RSS feed', atom: 'an Atom feed', jsonfeed: 'a JSON Feed', json: "feedconv's JSON", ndjson: "feedconv's NDJSON" } as const;

/** `feedconv inspect`: the raw articles of one input, each line with its role, handed over with their article number. Returns the count of errors. */
export async function inspect(
  input: string,
  patterns: { boilerplate: string[]; separators: string[] },
  io: Pick<ConvertIo, 'stdin'>,
  onArticle: (raw: RawArticle, index: number) => Promise<void>,
  report: (d: Diagnostic) => void,
): Promise<number> {
  const { names, missing } = await resolveInputs([input]);
  if (missing[0] !== undefined) throw new IoError(missing[0].message);
  if (names.length !== 1) throw new UsageError(`inspect shows one dump; '${input}' names ${names.length}`);
  const [opened] = openSources(names, () => io.stdin);
  let errors = 0;
  const counting = (d: Diagnostic): void => {
    if (d.severity === 'error') errors++;
    report(d);
  };
  const rules = segmentRules({ boilerplate: patterns.boilerplate, separators: patterns.separators });
  let index = 0;
  try {
    const { format, source } = await sniffSource(opened as Source, 'auto');
    if (format !== 'text' && format !== 'markdown') throw new UsageError(`'${input}' is ${FEED_NAMES[format]}, read by its structure; inspect shows how a text dump splits (see its articles with -f json)`);
    const markdown = format === 'markdown' ? { maxFeedBytes: DEFAULT_MAX_FEED_BYTES } : undefined;
    for await (const raw of rawArticles(source, rules, { report: counting }, undefined, markdown)) {
      if (raw.lines.some((line) => line.role === 'title')) index++;
      await onArticle(raw, index);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    counting({ file: error.file, severity: 'error', rule: 'unreadable', message: error.message });
  }
  return errors;
}
