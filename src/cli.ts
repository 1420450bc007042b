/**
 * The command line: commander parses, `convert` does the work. `main` returns
 * the exit code and never calls `process.exit`, so tests run it in-process.
 */
import { performance } from 'node:perf_hooks';
import { Command, CommanderError, Option } from 'commander';
import * as z from 'zod/mini';
import { convert } from './convert.js';
import { emitters } from './emit/index.js';
import { loadEmitters } from './emit/load.js';
import { type ConvertOptions, Feed } from './model.js';
import { ExitCode, FeedconvError } from './errors.js';
import { formatDiagnostic, formatStats, makeChalk } from './report.js';
import { version } from './version.js';

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
  $ feedconv a.txt b.txt --stats                   one feed from two dumps, counts on stderr
  $ feedconv dump.txt -f md --split --out-dir content/posts   a file per article, with front matter
  $ feedconv dump.txt -f csv --emitter ./examples/csv-emitter.js   a format of your own

Exit codes: 0 done, 1 input problems (with --strict, any warning), 2 usage error, 3 I/O error.`;

interface CliFlags {
  format?: string;
  output?: string;
  title?: string;
  link?: string;
  description?: string;
  language?: string;
  baseUrl?: string;
  feedUrl?: string;
  author?: string;
  date?: string;
  split?: boolean;
  outDir?: string;
  emitter: string[];
  strict?: boolean;
  stats?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let verbose = argv.includes('--verbose');
  const started = performance.now();
  const program = new Command('feedconv')
    .description('Convert raw text dumps of news articles into JSON, NDJSON, RSS 2.0 or Markdown feeds.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'text dumps to read; none or - reads standard input')
    .addOption(new Option('-f, --format <name>', `output format: ${Object.keys(emitters).join(' | ')} (default: from -o's extension, else json)`))
    .option('-o, --output <file>', 'write here instead of standard output (a regular file is replaced atomically)')
    .option('--split', 'one file per article, named by slug, in --out-dir (md: with YAML front matter)')
    .option('--out-dir <dir>', 'the folder for --split')
    .option('--title <text>', 'feed title (default: the input file name)')
    .option('--link <url>', 'feed home page (default: --base-url)')
    .option('--description <text>', 'feed description')
    .option('--language <code>', 'feed language, such as en or ar')
    .option('--author <name>', 'feed author (Atom requires one; default: the feed title)')
    .option('--base-url <url>', 'article URLs are this plus the slug')
    .option('--date <iso>', 'published date for articles that state none (dateSource "option")')
    .option('--feed-url <url>', 'where the feed itself will be published (RSS/Atom self link, JSON Feed feed_url)')
    .option('--emitter <module>', 'load a format from a module whose default export is an Emitter (repeatable)', collect, [])
    .option('--strict', 'warnings fail the run (exit 1)')
    .option('--stats', 'print counts to standard error: articles, lines, dropped lines by reason, bytes, time')
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print stack traces of internal errors')
    .option('--no-color', 'no colour on standard error')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run feedconv --help for usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  let exitCode: number = ExitCode.ok;
  program.action(async (inputs: string[], flags: CliFlags) => {
    verbose = flags.verbose === true;
    const chalk = makeChalk(io.stderr, io.env, flags.color);
    const options: ConvertOptions = {
      inputs,
      format: flags.format,
      output: flags.output,
      title: flags.title,
      link: flags.link,
      description: flags.description,
      language: flags.language,
      baseUrl: flags.baseUrl,
      feedUrl: flags.feedUrl,
      author: flags.author,
      date: flags.date,
      strict: flags.strict === true,
      split: flags.split === true,
      outDir: flags.outDir,
      emitters: flags.emitter,
    };
    const result = await convert(
      withoutUndefined(options),
      {
        stdin: io.stdin,
        stdout: io.stdout,
        env: io.env,
        onDiagnostic: (d) => {
          if (flags.quiet && d.severity !== 'error') return;
          io.stderr.write(`${formatDiagnostic(d, chalk)}\n`);
        },
      },
    );
    if (flags.stats) io.stderr.write(`${formatStats(result.stats, performance.now() - started, chalk)}\n`);
    exitCode = result.exitCode;
  });

  program
    .command('formats')
    .description('list the output formats, built-in and loaded with --emitter')
    .option('--emitter <module>', 'also load this emitter module (repeatable)', collect, [])
    .action(async (flags: { emitter: string[] }) => {
      // Emitters given before the command (`feedconv --emitter x.js formats`) count too.
      const registry = await loadEmitters([...(program.opts() as CliFlags).emitter, ...flags.emitter]);
      const width = Math.max(...Object.keys(registry).map((name) => name.length));
      for (const emitter of Object.values(registry)) {
        const origin = emitter.name in emitters ? '' : ' (loaded)';
        io.stdout.write(`${emitter.name.padEnd(width)}  ${emitter.extension.padEnd(7)}  ${emitter.mediaType.padEnd(22)}  ${emitter.description}${origin}\n`);
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the JSON output (-f json), generated from the model')
    .action(() => {
      io.stdout.write(`${JSON.stringify(z.toJSONSchema(Feed), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, verbose);
  }
}

function handleError(error: unknown, io: CliIo, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version end the same way as errors in commander; only real errors are usage errors.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof FeedconvError) {
    io.stderr.write(`feedconv: ${error.message}\n`);
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`feedconv: internal error: ${message}\n`);
  io.stderr.write(verbose && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with --verbose for the stack trace, and please report it.\n');
  return ExitCode.internal;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Drops the options the user did not give, so defaults apply. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
