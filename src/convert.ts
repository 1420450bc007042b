/**
 * The pipeline: sources → decode → segment → normalize → emitter → sink.
 * Articles flow one at a time; only slugs are remembered across articles, to
 * keep them unique in the feed.
 */
import { mkdir, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toInstant } from './emit/dates.js';
import { emitterForExtension } from './emit/index.js';
import { loadEmitters } from './emit/load.js';
import { ExitCode, InputError, IoError, UsageError, describeSystemError } from './errors.js';
import { LineDecoder } from './input/decode.js';
import { type Source, openSources, spoolToFile } from './input/sources.js';
import { type Article, ConvertOptions, type Diagnostic, type Emitter, type FeedMeta, type ResolvedOptions, type Stats } from './model.js';
import { SlugRegistry } from './normalize/ids.js';
import { normalize } from './normalize/normalize.js';
import { BrokenPipe, type Sink, fileSink, streamSink } from './output.js';
import { type RawArticle, Segmenter } from './segment/segment.js';

export interface ConvertIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Called for each diagnostic as it is found; the default keeps them in the result. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export interface ConvertResult {
  exitCode: number;
  stats: Stats;
  /** Counts by severity; the diagnostics themselves went to `onDiagnostic` (or into `diagnostics`). */
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

export function emptyStats(): Stats {
  return { files: 0, articles: 0, lines: 0, bytesIn: 0, bytesOut: 0, dropped: {}, controlChars: 0, invalidXmlChars: 0 };
}

/** Validates raw options; every problem becomes a `UsageError` that names the option. */
export function parseOptions(raw: ConvertOptions): ResolvedOptions {
  const parsed = ConvertOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path.join('.') ?? 'options';
    const hints: Record<string, string> = {
      baseUrl: ' (expected an absolute URL such as https://example.com/news/)',
      feedUrl: ' (expected an absolute URL such as https://example.com/feed.xml)',
      date: ' (expected an ISO 8601 date such as 2024-02-16 or 2024-02-16T09:30:00Z)',
    };
    const hint = hints[option] ?? '';
    throw new UsageError(`invalid --${kebab(option)}: ${issue?.message ?? 'invalid value'}${hint}`);
  }
  return parsed.data;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The emitter for `-f`, or inferred from `-o`'s extension, or json. */
export function chooseEmitter(registry: Readonly<Record<string, Emitter>>, format: string | undefined, output: string | undefined): Emitter {
  if (format !== undefined) {
    const emitter = registry[format];
    if (emitter === undefined) {
      throw new UsageError(`unknown format '${format}'; choose one of: ${Object.keys(registry).join(', ')}`);
    }
    return emitter;
  }
  const extension = output?.match(/\.[^./]+$/)?.[0];
  return (extension && emitterForExtension(registry, extension)) || (registry.json as Emitter);
}

/** `SOURCE_DATE_EPOCH` as an ISO date, the only clock a feed may show. */
export function sourceDateEpoch(env: Record<string, string | undefined>): string | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not '${value}'`);
  return new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
}

function feedMeta(options: ResolvedOptions, sources: readonly Source[], env: ConvertIo['env']): FeedMeta {
  const only = sources.length === 1 ? sources[0]?.name : undefined;
  const fromFile = only !== undefined && only !== '-' ? only.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : undefined;
  const updated = sourceDateEpoch(env);
  const link = options.link ?? options.baseUrl;
  return {
    title: options.title ?? fromFile ?? 'Untitled feed',
    ...(options.description !== undefined && { description: options.description }),
    ...(link !== undefined && { link }),
    ...(options.feedUrl !== undefined && { feedUrl: options.feedUrl }),
    ...(options.language !== undefined && { language: options.language }),
    ...(options.author !== undefined && { author: options.author }),
    ...(updated !== undefined && { updated }),
    generator: 'feedconv',
  };
}

/** Refuses `-o` onto one of the inputs: the input would be gone before it was read. */
async function refuseOverwritingInput(output: string, sources: readonly Source[]): Promise<void> {
  const target = await realpath(output).catch(() => resolve(output));
  for (const source of sources) {
    if (source.name === '-') continue;
    const input = await realpath(source.name).catch(() => resolve(source.name));
    if (input === target) throw new UsageError(`output '${output}' is also an input; write to another file`);
  }
}

/** Converts the inputs to one feed. Throws `FeedconvError`s for usage and I/O problems; input problems are diagnostics. */
export async function convert(rawOptions: ConvertOptions, io: ConvertIo = processIo()): Promise<ConvertResult> {
  const options = parseOptions(rawOptions);
  const registry = await loadEmitters(options.emitters);
  const emitter = chooseEmitter(registry, options.format, options.output);
  if (options.split) {
    if (emitter.split === undefined) throw new UsageError(`format '${emitter.name}' cannot --split; md can`);
    if (options.outDir === undefined) throw new UsageError('--split writes one file per article: give the folder with --out-dir');
    if (options.output !== undefined) throw new UsageError('--split writes into --out-dir; leave out -o');
  } else if (options.outDir !== undefined) {
    throw new UsageError('--out-dir is for --split (one file per article); write one feed with -o');
  }
  let sources = await openSources(options.inputs, io.stdin);
  const feed = feedMeta(options, sources, io.env);
  if (options.output !== undefined) await refuseOverwritingInput(options.output, sources);

  const stats = emptyStats();
  const result: ConvertResult = { exitCode: ExitCode.ok, stats, errors: 0, warnings: 0, diagnostics: [] };
  const report = (diagnostic: Diagnostic): void => {
    if (diagnostic.severity === 'error') result.errors++;
    if (diagnostic.severity === 'warning') result.warnings++;
    if (io.onDiagnostic) io.onDiagnostic(diagnostic);
    else result.diagnostics.push(diagnostic);
  };

  const spooled: { remove(): Promise<void> }[] = [];
  try {
    if (emitter.needsUpdated && feed.updated === undefined) {
      // Standard input can be read once: keep a copy on disk for the second pass.
      sources = await Promise.all(
        sources.map(async (source) => {
          if (source.name !== '-') return source;
          const copy = await spoolToFile(source);
          spooled.push(copy);
          return copy.source;
        }),
      );
      const newest = await newestDate(sources, options);
      if (newest !== undefined) feed.updated = newest;
    }
    if (options.split) await writeSplit(emitter, feed, articles(sources, options, stats, report, async () => {}), options.outDir as string, stats);
    else await writeFeed(emitter, feed, sources, options, stats, report, io);
  } finally {
    await Promise.all(spooled.map((copy) => copy.remove()));
  }

  if (stats.invalidXmlChars > 0) {
    report({
      file: sources.length === 1 ? (sources[0] as Source).name : '-',
      severity: 'warning',
      rule: 'invalid-xml-char',
      message: `${stats.invalidXmlChars} characters that XML 1.0 forbids were removed from the output`,
    });
  }
  result.exitCode = result.errors > 0 || (options.strict && result.warnings > 0) ? ExitCode.input : ExitCode.ok;
  return result;
}

/** One feed to standard output or `-o`, streamed. */
async function writeFeed(
  emitter: Emitter,
  feed: FeedMeta,
  sources: readonly Source[],
  options: ResolvedOptions,
  stats: Stats,
  report: (diagnostic: Diagnostic) => void,
  io: ConvertIo,
): Promise<void> {
  const sink: Sink = options.output === undefined ? streamSink(io.stdout, 'standard output') : await fileSink(options.output);
  const items = articles(sources, options, stats, report, () => sink.flush());
  try {
    for await (const chunk of emitter.emit(feed, items, { stats })) await sink.write(chunk);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    if (error instanceof BrokenPipe) return;
    throw error;
  } finally {
    stats.bytesOut += sink.bytes;
  }
}

/** One file per article in `dir`, each written atomically. */
async function writeSplit(emitter: Emitter, feed: FeedMeta, items: AsyncIterable<Article>, dir: string, stats: Stats): Promise<void> {
  const split = emitter.split as NonNullable<Emitter['split']>;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new IoError(`cannot create '${dir}': ${describeSystemError(error)}`, { cause: error });
  }
  for await (const article of items) {
    // Note: the name is the slug, which is unique in the feed and only [a-z0-9-]: it cannot leave `dir`.
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

/** The first pass of a format that states its feed date up front: the newest `published` of all articles. */
async function newestDate(sources: readonly Source[], options: ResolvedOptions): Promise<string | undefined> {
  let newest: string | undefined;
  let newestTime = -Infinity;
  const quiet = (): void => {};
  for await (const article of articles(sources, options, emptyStats(), quiet, async () => {})) {
    if (article.published === undefined) continue;
    const time = toInstant(article.published).getTime();
    if (time > newestTime) {
      newestTime = time;
      newest = article.published;
    }
  }
  return newest;
}

function processIo(): ConvertIo {
  return { stdin: process.stdin, stdout: process.stdout, env: process.env };
}

/** The article stream of all sources, in order: decode, segment and normalize one chunk at a time. */
async function* articles(
  sources: readonly Source[],
  options: Pick<ResolvedOptions, 'baseUrl' | 'date'>,
  stats: Stats,
  report: (diagnostic: Diagnostic) => void,
  beforeRead: () => Promise<void>,
): AsyncGenerator<Article> {
  const slugs = new SlugRegistry();
  const { baseUrl } = options;
  const base = baseUrl === undefined ? undefined : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const normalizeOptions = options.date === undefined ? {} : { defaultDate: options.date };

  const finish = (raw: RawArticle): Article | undefined => {
    const { article, dropped, controlChars, diagnostics } = normalize(raw, normalizeOptions);
    stats.controlChars += controlChars;
    for (const [reason, count] of Object.entries(dropped) as [keyof Stats['dropped'], number][]) {
      stats.dropped[reason] = (stats.dropped[reason] ?? 0) + count;
    }
    diagnostics.forEach(report);
    if (article === undefined) return undefined;
    stats.articles++;
    article.slug = slugs.unique(article.slug);
    if (base !== undefined) article.url = base + article.slug;
    return article;
  };

  for (const source of sources) {
    stats.files++;
    const decoder = new LineDecoder(source.name);
    const segmenter = new Segmenter(source.name);
    const before = stats.articles;
    try {
      for await (const chunk of source.read()) {
        stats.bytesIn += chunk.length;
        const lines = decoder.push(chunk);
        stats.lines += lines.length;
        decoder.diagnostics.splice(0).forEach(report);
        for (const raw of segmenter.push(lines)) {
          const article = finish(raw);
          if (article) yield article;
        }
        // Output goes out as its input comes in: `tail -f dump | feedconv -f ndjson` shows each article when it is whole.
        await beforeRead();
      }
      const lines = decoder.end();
      stats.lines += lines.length;
      decoder.diagnostics.splice(0).forEach(report);
      for (const raw of [...segmenter.push(lines), ...segmenter.end()]) {
        const article = finish(raw);
        if (article) yield article;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report({ file: error.file, ...(error.line !== undefined && { line: error.line }), severity: 'error', rule: 'unreadable', message: error.message });
      continue;
    }
    if (stats.articles === before) {
      report({ file: source.name, severity: 'warning', rule: 'no-articles', message: 'no articles found' });
    }
  }
}
