/**
 * The command line: commander parses, the config file fills in, `convert` and
 * `check` do the work. `main` returns the exit code and never calls
 * `process.exit`, so tests run it in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ConvertResult } from './convert.js';
import { debug } from './debug.js';
import { BUILTIN_FORMATS } from './emit/names.js';
import { ExitCode, FeedconvError, type StopSignal, UsageError } from './errors.js';
import { loadCore, loadedCore } from './load-core.js';
import type { ConvertOptions } from './model.js';
import { version } from './version.js';

// For the starter (start.ts) and the build's cache writer (scripts/warm-cache.ts).
export { coreCodeCache, useImporter } from './load-core.js';

// Note: everything past parsing the command line (the pipeline, zod, the emitters, chalk) is imported
// when a command runs, so `--version` and `--help` start in about the time of bare node.

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

const EXAMPLES = `
Examples:
  $ feedconv dump.txt                              JSON feed to standard output
  $ cat dump.txt | feedconv -f rss --title "News" --link https://example.com/ > feed.xml
  $ feedconv dump.txt -f md -o digest.md           Markdown digest, written atomically
  $ feedconv dump.txt -f ndjson | jq .title        one article per line
  $ feedconv 'dumps/**/*.txt' -f rss,json,md --out-dir public     a batch: outputs per input and format
  $ feedconv dumps --out-dir out --shard 2/4 --report json        one CI job of four
  $ feedconv check dumps --strict                  validate only; exit 1 on any warning
  $ feedconv dump.txt -f md --split --out-dir content/posts        a file per article, with front matter
  $ feedconv dump.txt -f csv --emitter ./examples/csv-emitter.js  a format of your own

Exit codes: 0 done, 1 input problems (with --strict, any warning), 2 usage error, 3 I/O error,
130/143 interrupted (SIGINT/SIGTERM).`;

/** The flags, as commander gives them (only those given are set). */
interface CliFlags {
  format?: string;
  output?: string;
  outDir?: string;
  title?: string;
  link?: string;
  description?: string;
  language?: string;
  baseUrl?: string;
  feedUrl?: string;
  author?: string;
  date?: string;
  split?: boolean;
  emitter?: string[];
  jobs?: number;
  shard?: string;
  sort?: 'input' | 'date';
  limit?: number;
  since?: string;
  dedupe?: boolean;
  tags?: boolean;
  timezone?: string;
  dateOrder?: string;
  maxArticleBytes?: number;
  from?: string;
  maxFeedBytes?: number;
  strict?: boolean;
  stats?: boolean;
  report?: 'json';
  config?: string;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return Number(value);
  };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The options every command that reads inputs shares. */
function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--from <format>', 'what the inputs are: auto (sniffed from the content), text, markdown, rss (2.0, 1.0/RDF, 0.9x), atom, jsonfeed, json or ndjson (feedconv\'s own)').choices([
        'auto', 'text', 'markdown', 'rss', 'atom', 'jsonfeed', 'json', 'ndjson',
      ]),
    )
    .option('--max-feed-bytes <n>', 'the largest XML or JSON feed or Markdown dump read as input; such inputs are parsed whole (default 67108864)', wholeNumber(1024))
    .option('--shard <K/N>', 'only the K-th of N slices of the sorted inputs (a CI matrix of N jobs)')
    .option('--strict', 'warnings fail the run (exit 1)')
    .addOption(new Option('--report <kind>', 'json: print a JSON report of diagnostics and per-file counts to standard output').choices(['json']))
    .option('--stats', 'print counts to standard error: files, articles, lines, dropped lines by reason, bytes, time')
    .option('--config <file>', 'read options from this JSON file (default: ./feedconv.config.json if present); flags win')
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print stack traces of internal errors')
    .option('--no-color', 'no colour on standard error');
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // A reader that goes away (`feedconv inspect dump.txt | head`) ends the output quietly, not with a stack trace.
  let stdoutClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') stdoutClosed = true;
  };
  // Note: the listener stays: an EPIPE from a buffered write may arrive after main has returned.
  // It is added when standard output is first used: a run writing to a file never opens it (stream modules, ~2 ms).
  let stdout: NodeJS.WritableStream | undefined;
  const watched: CliIo = {
    get stdin() {
      return io.stdin;
    },
    get stdout() {
      if (stdout === undefined) {
        stdout = io.stdout;
        stdout.on('error', onStdoutError);
      }
      return stdout;
    },
    get stderr() {
      return io.stderr;
    },
    env: io.env,
  };
  if (PROCESS_IO.has(io)) PROCESS_IO.add(watched);
  return run(argv, watched, () => stdoutClosed);
}

/**
 * SIGINT and SIGTERM stop the run cleanly: the files under way finish (or are
 * abandoned) atomically, then feedconv says what was done and exits 130/143.
 * A second signal ends it at once, as usual.
 */
function stopOnSignals(): { signal: StopSignal; release(): void } {
  // Note: a plain object, not an AbortController: the run looks at it between files and chunks, and nothing listens
  // for it; AbortController's module costs every start ~0.6 ms.
  const listeners = new Set<() => void>();
  const signal: StopSignal & { aborted: boolean; reason: string | undefined } = {
    aborted: false,
    reason: undefined,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => {
      signal.aborted = true;
      signal.reason = name;
      for (const listener of [...listeners]) listener();
    };
    process.once(name, handler);
    return () => process.off(name, handler);
  });
  return { signal, release: () => handlers.forEach((off) => off()) };
}

/** How long a run goes before it counts as a long stream (see leanHeapIfLong): a small dump is converted well before. */
const LONG_RUN_MS = 1000;
/** How much V8's old generation may grow past what survived its last full collection, in a long stream. */
const LONG_RUN_HEAP_GROWTH_PERCENT = 30;

/**
 * Keeps a long stream's heap near what it holds. On a machine with much memory,
 * V8 lets the old generation grow to up to four times what survived the last
 * full collection before the next: streaming, ~10 MB survives, and the old
 * generation grew to ~45 MB, a third of a 1 GB dump's peak. After LONG_RUN_MS
 * the growth is held to LONG_RUN_HEAP_GROWTH_PERCENT (V8's
 * `--heap-growing-percent`, which it reads at every full collection).
 * Note: on a timer, not at the start: node:v8 costs ~3 ms to load, 2% of a
 * small conversion, and V8 flags set before a bundle is compiled make its code
 * cache mismatch (cached.ts). The batch's worker threads are left alone.
 */
function leanHeapIfLong(): { cancel(): void } {
  const timer = setTimeout(() => {
    void import('node:v8').then((v8) => {
      v8.setFlagsFromString(`--heap-growing-percent=${LONG_RUN_HEAP_GROWTH_PERCENT}`);
      return debug('a long run: the old generation grows by at most %d%% past what survived', LONG_RUN_HEAP_GROWTH_PERCENT);
    });
  }, LONG_RUN_MS);
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
}

/** Writes to standard output, waiting when it is full, so a large listing keeps memory flat. */
async function writeOut(io: CliIo, text: string, closed: () => boolean): Promise<void> {
  if (closed()) return;
  if (!io.stdout.write(text)) await new Promise<void>((resolve) => {
    const done = (): void => {
      io.stdout.off('drain', done);
      io.stdout.off('error', done);
      resolve();
    };
    io.stdout.once('drain', done);
    io.stdout.once('error', done);
  });
}

async function run(argv: readonly string[], io: CliIo, stdoutClosed: () => boolean): Promise<number> {
  let verbose = argv.includes('--verbose');
  // Note: hrtime, not perf_hooks: loading perf_hooks costs every start, `--version` included, a few ms.
  const started = process.hrtime.bigint();
  const program = new Command('feedconv')
    .description('Convert raw text dumps of news articles into JSON, NDJSON, RSS 2.0, Atom, JSON Feed or Markdown feeds.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', "files, folders (every *.txt below) or quoted patterns ('dumps/**/*.txt'); none or - reads standard input")
    .option('-f, --format <names>', `output format: ${BUILTIN_FORMATS.join(' | ')}, or several (rss,json,md) with --out-dir (default: from -o's extension, else json)`)
    .option('-o, --output <file>', 'write here instead of standard output (a regular file is replaced atomically)')
    .option('--out-dir <dir>', 'batch: one output per input and format, keeping the inputs\' relative paths')
    .option('--split', 'with --out-dir: one file per article, named by slug, in a folder per input (md: with YAML front matter)')
    .option('--title <text>', 'feed title (default: the input file name)')
    .option('--link <url>', 'feed home page (default: --base-url)')
    .option('--description <text>', 'feed description')
    .option('--language <code>', 'feed language, such as en or ar')
    .option('--author <name>', 'feed author (Atom requires one; default: the feed title)')
    .option('--base-url <url>', "article URLs are this plus the slug, unless an article has its own (a URL: line, a feed item's link)")
    .option('--feed-url <url>', 'where the feed itself will be published (RSS/Atom self link, JSON Feed feed_url)')
    .option('--date <iso>', 'published date for articles that state none (dateSource "option")')
    .option('--date-order <order>', 'how the dump writes numeric dates that read either way (05/02/2025): dmy (day first) or mdy (month first); without it they give no date')
    .option('--timezone <zone>', 'the zone of date-line times given without one, or with one several zones share (IST, CST, BST, AST): an IANA name (Europe/London) or +03:00')
    .option('--tags', 'up to 5 tags per article: people, places and organisations named in it')
    .addOption(new Option('--sort <order>', 'item order: input, or date (newest first)').choices(['input', 'date']))
    .option('--limit <n>', 'at most n articles per feed', wholeNumber(0))
    .option('--since <iso>', 'only articles published on or after this date')
    .option('--dedupe', 'drop repeated stories (same id) across the inputs of a feed')
    .option('--max-article-bytes <n>', 'a longer line is dropped and a larger article split, with an error (default 4194304)', wholeNumber(1024))
    .option('--jobs <n>', 'threads converting files with --out-dir (default: the number of CPUs)', wholeNumber(1))
    .option('--emitter <module>', 'load a format from a module whose default export is an Emitter (repeatable)', collect);
  addInputOptions(program)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run feedconv --help for usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  let exitCode: number = ExitCode.ok;

  /** Runs convert or check with the config file under the flags, and reports as the flags ask. */
  const runPipeline = async (kind: 'convert' | 'check', inputs: string[], flags: CliFlags): Promise<void> => {
    verbose = flags.verbose === true;
    const { loadConfig, convert, check, formatAnnotation, formatDiagnostic, formatStats, makeChalk, makeProgress, reportJson } = await loadCore();
    const config = await loadConfig(flags.config);
    const { $schema: _schema, stats, quiet, report, ...fromConfig } = config;
    const settings = { stats: flags.stats ?? stats, quiet: flags.quiet ?? quiet, report: flags.report ?? report };
    const options: ConvertOptions = { ...fromConfig, ...withoutUndefined(flagOptions(flags)) };
    if (inputs.length > 0) options.inputs = inputs;
    if (kind === 'convert' && settings.report === 'json' && options.output === undefined && options.outDir === undefined) {
      throw new UsageError('--report json prints to standard output: send the feed elsewhere with -o or --out-dir');
    }
    // Note: standard error is opened when there is something to write (a run with nothing to say never opens it).
    let chalk: ReturnType<typeof makeChalk> | undefined;
    const paint = (): ReturnType<typeof makeChalk> => (chalk ??= makeChalk(io.stderr, io.env, flags.color));
    const annotate = io.env.GITHUB_ACTIONS === 'true';
    const progress = makeProgress(() => io.stderr, settings.quiet === true || settings.report === 'json');
    const keep = settings.report === 'json';
    const collected: NonNullable<ReturnType<typeof reportJson>>['diagnostics'] = [];
    // Only the real process listens for signals; a library caller or a test passes its own io.
    const stop = PROCESS_IO.has(io) ? stopOnSignals() : undefined;
    // A batch (--out-dir) is many small conversions, each with little to collect: only one long stream is made lean.
    const lean = PROCESS_IO.has(io) && (kind === 'check' || options.outDir === undefined) ? leanHeapIfLong() : undefined;
    const result: ConvertResult = await (kind === 'convert' ? convert : check)(options, {
      get stdin() {
        return io.stdin;
      },
      get stdout() {
        return io.stdout;
      },
      env: io.env,
      ...(stop !== undefined && { signal: stop.signal }),
      onDiagnostic: (d) => {
        if (keep) collected.push(d);
        if (annotate) io.stderr.write(`${formatAnnotation(d)}\n`);
        if (settings.quiet && d.severity !== 'error') return;
        progress.clear();
        io.stderr.write(`${formatDiagnostic(d, paint())}\n`);
      },
      onProgress: (done, total) => progress.update(done, total),
    }).finally(() => {
      stop?.release();
      lean?.cancel();
      progress.stop();
    });
    if (kind === 'check' && !settings.quiet) {
      const articles = result.stats.articles;
      io.stderr.write(`checked ${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${articles} article${articles === 1 ? '' : 's'}: ${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}\n`);
    }
    if (settings.stats) io.stderr.write(`${formatStats(result.stats, Number(process.hrtime.bigint() - started) / 1e6, paint())}\n`);
    if (keep) io.stdout.write(`${JSON.stringify(reportJson(result, collected), null, 2)}\n`);
    exitCode = result.exitCode;
  };

  program.action((inputs: string[], flags: CliFlags) => runPipeline('convert', inputs, flags));

  addInputOptions(program.command('check').argument('[inputs...]', 'files, folders or patterns, as for conversion'))
    .description('segment and validate only: diagnostics and a summary, nothing written; exit 1 on errors (with --strict, warnings)')
    .action((inputs: string[], flags: CliFlags) => runPipeline('check', inputs, flags));

  program
    .command('inspect')
    .argument('<input>', 'one dump (or - for standard input)')
    .description('show every line with its number and role, coloured, article boundaries marked: why a dump split as it did')
    .option('--config <file>', 'read boilerplate and separators from this JSON file (default: ./feedconv.config.json if present)')
    .option('--no-color', 'no colour')
    .action(async (input: string, flags: { config?: string; color: boolean }) => {
      const { loadConfig, inspect, formatDiagnostic, formatInspect, makeChalk } = await loadCore();
      const config = await loadConfig(flags.config);
      const chalk = makeChalk(io.stdout, io.env, flags.color);
      const errChalk = makeChalk(io.stderr, io.env, flags.color);
      const errors = await inspect(
        input,
        { boilerplate: config.boilerplate ?? [], separators: config.separators ?? [] },
        io,
        (raw, index) => writeOut(io, `${formatInspect(raw, index, chalk)}\n`, stdoutClosed),
        (d) => io.stderr.write(`${formatDiagnostic(d, errChalk)}\n`),
      );
      exitCode = errors > 0 ? ExitCode.input : ExitCode.ok;
    });

  program
    .command('formats')
    .description('list the output formats, built-in and loaded with --emitter')
    .option('--emitter <module>', 'also load this emitter module (repeatable)', collect)
    .action(async (flags: { emitter?: string[] }) => {
      const { loadEmitters, emitters } = await loadCore();
      // Emitters given before the command (`feedconv --emitter x.js formats`) count too.
      const registry = await loadEmitters([...((program.opts() as CliFlags).emitter ?? []), ...(flags.emitter ?? [])]);
      const width = Math.max(...Object.keys(registry).map((name) => name.length));
      for (const emitter of Object.values(registry)) {
        const origin = emitter.name in emitters ? '' : ' (loaded)';
        io.stdout.write(`${emitter.name.padEnd(width)}  ${emitter.extension.padEnd(7)}  ${emitter.mediaType.padEnd(22)}  ${emitter.description}${origin}\n`);
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (-f json), or with --config of the config file; generated from the model')
    .option('--config', 'the config file\'s schema instead')
    .action(async (flags: { config?: boolean }) => {
      const { jsonSchema } = await loadCore();
      io.stdout.write(`${JSON.stringify(await jsonSchema(flags.config === true), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, verbose);
  }
}

/** The flags that are conversion options, by their option names. */
function flagOptions(flags: CliFlags): ConvertOptions {
  return {
    format: flags.format,
    output: flags.output,
    outDir: flags.outDir,
    title: flags.title,
    link: flags.link,
    description: flags.description,
    language: flags.language,
    baseUrl: flags.baseUrl,
    feedUrl: flags.feedUrl,
    author: flags.author,
    date: flags.date,
    split: flags.split,
    emitters: flags.emitter,
    jobs: flags.jobs,
    shard: flags.shard,
    sort: flags.sort,
    from: flags.from as ConvertOptions['from'],
    maxFeedBytes: flags.maxFeedBytes,
    limit: flags.limit,
    since: flags.since,
    dedupe: flags.dedupe,
    tags: flags.tags,
    timezone: flags.timezone,
    dateOrder: flags.dateOrder as ConvertOptions['dateOrder'],
    maxArticleBytes: flags.maxArticleBytes,
    strict: flags.strict,
  };
}

function handleError(error: unknown, io: CliIo, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version end the same way as errors in commander; only real errors are usage errors.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  // Note: in the build the core is a bundle of its own, with its own copy of the error classes.
  const core = loadedCore();
  if (error instanceof FeedconvError || (core !== undefined && error instanceof core.FeedconvError)) {
    io.stderr.write(`feedconv: ${error.message}\n`);
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`feedconv: internal error: ${message}\n`);
  io.stderr.write(verbose && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with --verbose for the stack trace, and please report it.\n');
  return ExitCode.internal;
}

/** Drops the options the user did not give, so the config file and defaults apply. */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The io objects that are the process's own: only a run on them listens for signals (a library caller or a test passes its own). */
const PROCESS_IO = new WeakSet<CliIo>();

/** Standard output and error as far as a run has opened them. */
const openedOutputs = new Set<NodeJS.WriteStream>();

function processIo(): CliIo {
  const io: CliIo = {
    // Note: opened when a run uses them: each costs a run stream modules (a pipe, socket ones) it may not need.
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      openedOutputs.add(process.stdout);
      return process.stdout;
    },
    get stderr() {
      openedOutputs.add(process.stderr);
      return process.stderr;
    },
    env: process.env,
  };
  PROCESS_IO.add(io);
  return io;
}

/**
 * Whether the process may end at once, once `main` has returned: nothing written to standard output or error is
 * still queued (a pipe whose reader is behind), so ending cannot cut it short.
 * Note: the bin then calls process.exit; ending by itself, Node frees the heap piece by piece, ~2 ms of a small
 * conversion. `NODE_DEBUG` runs end by themselves: Node's debug log writes to standard error behind this module's back.
 */
export function mayExitNow(): boolean {
  if (process.env.NODE_DEBUG !== undefined) return false;
  for (const stream of openedOutputs) if (stream.writableLength > 0) return false;
  return true;
}
