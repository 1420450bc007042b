/**
 * The command line: commander parses, `convert` does the work. `main` returns
 * the exit code and never calls `process.exit`, so tests run it in-process.
 */
import { performance } from 'node:perf_hooks';
import { Command, CommanderError, Option } from 'commander';
import { convert } from './convert.js';
import { emitters } from './emit/index.js';
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

Exit codes: 0 done, 1 input problems (with --strict, any warning), 2 usage error, 3 I/O error.`;

interface CliFlags {
  format?: string;
  output?: string;
  title?: string;
  link?: string;
  description?: string;
  language?: string;
  baseUrl?: string;
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
    .option('--title <text>', 'feed title (default: the input file name)')
    .option('--link <url>', 'feed home page (default: --base-url)')
    .option('--description <text>', 'feed description')
    .option('--language <code>', 'feed language, such as en or ar')
    .option('--base-url <url>', 'article URLs are this plus the slug')
    .option('--strict', 'warnings fail the run (exit 1)')
    .option('--stats', 'print counts to standard error: articles, lines, dropped lines by reason, bytes, time')
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print stack traces of internal errors')
    .option('--no-color', 'no colour on standard error')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run feedconv --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  let exitCode: number = ExitCode.ok;
  program.action(async (inputs: string[], flags: CliFlags) => {
    verbose = flags.verbose === true;
    const chalk = makeChalk(io.stderr, io.env, flags.color);
    const result = await convert(
      {
        inputs,
        ...(flags.format !== undefined && { format: flags.format }),
        ...(flags.output !== undefined && { output: flags.output }),
        ...(flags.title !== undefined && { title: flags.title }),
        ...(flags.link !== undefined && { link: flags.link }),
        ...(flags.description !== undefined && { description: flags.description }),
        ...(flags.language !== undefined && { language: flags.language }),
        ...(flags.baseUrl !== undefined && { baseUrl: flags.baseUrl }),
        strict: flags.strict === true,
      },
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
    .description('list the output formats')
    .action(() => {
      const width = Math.max(...Object.keys(emitters).map((name) => name.length));
      for (const emitter of Object.values(emitters)) {
        io.stdout.write(`${emitter.name.padEnd(width)}  ${emitter.extension.padEnd(7)}  ${emitter.mediaType.padEnd(20)}  ${emitter.description}\n`);
      }
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

function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
