/**
 * The article stream: sources → decode → segment → normalize → feed-level
 * filters. Articles flow one at a time; only slugs (and, with `--dedupe`,
 * ids; with `--sort date`, the articles) are remembered across articles.
 */
import { NewestDate, toInstant } from './emit/dates.js';
import { InputError, IoError, type StopSignal, checkInterrupted } from './errors.js';
import { DEFAULT_MAX_LINE_BYTES, type Line, LineDecoder, decodeChunks } from './input/decode.js';
import type { Source } from './input/sources.js';
import type { FeedInfo } from './read/index.js';
import { sniffSource } from './read/sniff.js';
import type { Article, Diagnostic, FilterReason, ResolvedOptions, Stats } from './model.js';
import { SlugRegistry, hash53 } from './normalize/ids.js';
import { HashTable53 } from './hashtable.js';
import { type NormalizeOptions, normalize } from './normalize/normalize.js';
import { loadTagger } from './normalize/tags.js';
import type { SegmentRules } from './segment/patterns.js';
import { RecurrenceFilter } from './segment/recurring.js';
import { type RawArticle, Segmenter } from './segment/segment.js';

/** What the stream needs of the options, plus the compiled user patterns. */
export type StreamOptions = Pick<
  ResolvedOptions,
  'baseUrl' | 'date' | 'dedupe' | 'since' | 'sort' | 'limit' | 'tags' | 'timezone' | 'dateOrder' | 'maxArticleBytes' | 'from' | 'maxFeedBytes'
> & {
  rules: SegmentRules;
};

export function emptyStats(): Stats {
  return { files: 0, articles: 0, lines: 0, bytesIn: 0, bytesOut: 0, dropped: {}, controlChars: 0, invalidXmlChars: 0, filtered: {}, undated: 0 };
}

/** Adds `from` into `into`, field by field. */
export function addStats(into: Stats, from: Stats): void {
  for (const key of ['files', 'articles', 'lines', 'bytesIn', 'bytesOut', 'controlChars', 'invalidXmlChars', 'undated'] as const) into[key] += from[key];
  for (const [reason, n] of Object.entries(from.dropped) as [keyof Stats['dropped'], number][]) into.dropped[reason] = (into.dropped[reason] ?? 0) + n;
  for (const [reason, n] of Object.entries(from.filtered) as [FilterReason, number][]) into.filtered[reason] = (into.filtered[reason] ?? 0) + n;
}

/** Per-file counts, for `--report json`. */
export interface FileSummary {
  file: string;
  articles: number;
  lines: number;
  errors: number;
  warnings: number;
}

export interface StreamHooks {
  report(diagnostic: Diagnostic): void;
  /** Called before each read of more input: the sink flushes, so output keeps pace with input. */
  beforeRead(): Promise<void>;
  /** Called when a source is finished, with its counts. */
  fileDone?(summary: FileSummary): void;
  /** Stops the stream between chunks (SIGINT, SIGTERM). */
  signal?: StopSignal;
  /** A feed read as input gives its own title, link, …: before its first article. */
  feedInfo?(file: string, info: FeedInfo): void;
}

/** What reading a source reports besides its raw articles. */
export interface ReadHooks {
  report(diagnostic: Diagnostic): void;
  /** Each chunk read: its size in bytes and how many lines it completed. */
  onChunk?(bytes: number, lines: number): void;
  /** After each chunk's articles have been taken: the place to flush output. */
  afterChunk?(): Promise<void>;
  /** At the end: lines the decoder dropped for being too long. */
  onDropped?(lines: number): void;
  /** A Markdown input's lines of syntax alone (`markup`): counted, not kept. */
  onMarkup?(lines: number): void;
}

/** A Markdown input: read whole (as a feed is, within `maxFeedBytes`), then segmented as the lines of a text dump. */
export interface MarkdownInput {
  maxFeedBytes: number;
}

/** One source's raw articles, each line with its role (what `feedconv inspect` shows): decode, segment, judge recurring lines. */
export async function* rawArticles(source: Source, rules: SegmentRules, hooks: ReadHooks, maxBytes = DEFAULT_MAX_LINE_BYTES, markdown?: MarkdownInput): AsyncGenerator<RawArticle> {
  const segmenter = new Segmenter(source.name, rules, maxBytes);
  const recurrence = new RecurrenceFilter();
  const chunks = markdown === undefined ? decodeChunks(source.read(), new LineDecoder(source.name, maxBytes), hooks) : markdownChunks(source, markdown, hooks);
  for await (const { lines, last } of chunks) {
    if (last) {
      yield* [...segmenter.push(lines), ...segmenter.end()].flatMap((raw) => recurrence.push(raw));
      yield* recurrence.end();
    } else {
      yield* segmenter.push(lines).flatMap((raw) => recurrence.push(raw));
      await hooks.afterChunk?.();
    }
  }
}

/** A Markdown input's lines (see read/markdown.ts), as the one and last chunk of a text dump's. */
async function* markdownChunks(source: Source, markdown: MarkdownInput, hooks: ReadHooks): AsyncGenerator<{ lines: Line[]; last: boolean }> {
  const [{ readDocument }, { markdownLines }] = await Promise.all([import('./read/document.js'), import('./read/markdown.js')]);
  const doc = await readDocument(source, markdown.maxFeedBytes, hooks.report, (bytes) => hooks.onChunk?.(bytes, 0), 'Markdown dump');
  const { lines, markup } = markdownLines(doc.text);
  hooks.onChunk?.(0, doc.lines);
  hooks.onMarkup?.(markup);
  yield { lines, last: true };
}

/** The articles of all sources, in order, through the feed-level filters. */
export async function* articleStream(sources: readonly Source[], options: StreamOptions, stats: Stats, hooks: StreamHooks): AsyncGenerator<Article> {
  yield* filtered(rawStream(sources, options, stats, hooks), options, stats);
}

async function* rawStream(sources: readonly Source[], options: StreamOptions, stats: Stats, hooks: StreamHooks): AsyncGenerator<Article> {
  const slugs = new SlugRegistry();
  const { baseUrl } = options;
  const base = baseUrl === undefined ? undefined : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const defaults: NormalizeOptions = {
    ...(options.date !== undefined && { defaultDate: options.date }),
    ...(options.timezone !== undefined && { timezone: options.timezone }),
    ...(options.dateOrder !== undefined && { dateOrder: options.dateOrder }),
    ...(options.tags && { tagger: await loadTagger() }),
  };

  for (const source of sources) {
    const summary: FileSummary = { file: source.name, articles: 0, lines: 0, errors: 0, warnings: 0 };
    // Note: ids as hashes (see hash53): the map lives as long as the input.
    const ids = new HashTable53(true);
    // The newest Published/Updated line so far: a caption or dateline date after it is not trusted.
    const latestLine = new NewestDate();
    const report = (diagnostic: Diagnostic): void => {
      if (diagnostic.severity === 'error') summary.errors++;
      if (diagnostic.severity === 'warning') summary.warnings++;
      hooks.report(diagnostic);
    };
    const finish = (raw: RawArticle): Article | undefined => {
      const { article, dropped, controlChars, diagnostics } = normalize(raw, latestLine.value === undefined ? defaults : { ...defaults, notAfter: latestLine.value });
      stats.controlChars += controlChars;
      for (const [reason, count] of Object.entries(dropped) as [keyof Stats['dropped'], number][]) {
        stats.dropped[reason] = (stats.dropped[reason] ?? 0) + count;
      }
      diagnostics.forEach(report);
      return article === undefined ? undefined : accept(article);
    };
    /** What every article goes through, whichever reader made it: counts, repeats, a feed-unique slug, the URL. */
    const accept = (article: Article): Article => {
      if (article.dateSource === 'line') latestLine.note(article.published);
      // Note: the same story twice in one dump is worth a word; across inputs, --dedupe decides.
      const key = hash53(article.id);
      const first = ids.get(key);
      if (first !== undefined) report({ file: source.name, line: article.source.line, severity: 'warning', rule: 'duplicate-article', message: `"${article.title}" repeats the article at line ${first}` });
      else ids.set(key, article.source.line);
      stats.articles++;
      if (article.published === undefined) stats.undated++;
      summary.articles++;
      article.slug = slugs.unique(article.slug);
      if (base !== undefined && article.url === undefined) article.url = base + article.slug;
      return article;
    };

    stats.files++;
    const read: ReadHooks = {
      report,
      onChunk: (bytes, lines) => {
        stats.bytesIn += bytes;
        stats.lines += lines;
        summary.lines += lines;
      },
      afterChunk: async () => {
        checkInterrupted(hooks.signal, () => `stopped in ${source.name}; nothing was written over`);
        await hooks.beforeRead();
      },
      onDropped: (lines) => {
        if (lines > 0) stats.dropped['too-long'] = (stats.dropped['too-long'] ?? 0) + lines;
      },
      onMarkup: (lines) => {
        if (lines > 0) stats.dropped.markup = (stats.dropped.markup ?? 0) + lines;
      },
    };
    try {
      const sniffed = await sniffSource(source, options.from);
      if (sniffed.format === 'text' || sniffed.format === 'markdown') {
        const markdown = sniffed.format === 'markdown' ? { maxFeedBytes: options.maxFeedBytes } : undefined;
        for await (const raw of rawArticles(sniffed.source, options.rules, read, options.maxArticleBytes, markdown)) {
          const article = finish(raw);
          if (article) yield article;
        }
      } else {
        const { readFeed } = await import('./read/index.js');
        let count = 0;
        const feedHooks = {
          report,
          onChunk: read.onChunk as NonNullable<ReadHooks['onChunk']>,
          onControlChars: (n: number) => {
            stats.controlChars += n;
          },
          ...(hooks.feedInfo !== undefined && { onInfo: (info: FeedInfo) => hooks.feedInfo?.(source.name, info) }),
        };
        const feedOptions = { ...defaults, maxFeedBytes: options.maxFeedBytes, maxArticleBytes: options.maxArticleBytes };
        for await (const article of readFeed(sniffed.source, sniffed.format, feedOptions, feedHooks)) {
          yield accept(article);
          if (++count % 64 === 0) await read.afterChunk?.();
        }
      }
      if (summary.articles === 0) report({ file: source.name, severity: 'warning', rule: 'no-articles', message: 'no articles found' });
    } catch (error) {
      // One unreadable input never stops the others: it becomes a diagnostic.
      if (error instanceof InputError) {
        report({ file: error.file, ...(error.line !== undefined && { line: error.line }), severity: 'error', rule: 'unreadable', message: error.message });
      } else if (error instanceof IoError) {
        report({ file: source.name, severity: 'error', rule: 'io', message: error.message });
      } else {
        throw error;
      }
    }
    hooks.fileDone?.(summary);
  }
}

/** `--dedupe`, `--since`, `--sort date`, `--limit`: the only steps allowed to remember (or hold) articles. */
async function* filtered(items: AsyncIterable<Article>, options: StreamOptions, stats: Stats): AsyncGenerator<Article> {
  const skip = (reason: FilterReason): void => {
    stats.filtered[reason] = (stats.filtered[reason] ?? 0) + 1;
  };
  const seen = new HashTable53();
  const since = options.since === undefined ? undefined : toInstant(options.since).getTime();
  async function* kept(): AsyncGenerator<Article> {
    for await (const article of items) {
      if (options.dedupe) {
        const key = hash53(article.id);
        if (seen.has(key)) {
          skip('duplicate-story');
          continue;
        }
        seen.add(key);
      }
      // Note: an undated article cannot be shown to be recent enough, so --since leaves it out too.
      if (since !== undefined && (article.published === undefined || toInstant(article.published).getTime() < since)) {
        skip('before-since');
        continue;
      }
      yield article;
    }
  }
  let stream: AsyncIterable<Article> | Iterable<Article> = kept();
  if (options.sort === 'date') stream = await sortedByDate(stream);
  let count = 0;
  for await (const article of stream) {
    // Note: past the limit the input is still read, so its diagnostics and counts are complete.
    if (options.limit !== undefined && count >= options.limit) {
      skip('over-limit');
      continue;
    }
    count++;
    yield article;
  }
}

/** Newest first; undated articles last; ties keep input order. */
async function sortedByDate(items: AsyncIterable<Article>): Promise<Article[]> {
  const all: { article: Article; time: number }[] = [];
  for await (const article of items) {
    all.push({ article, time: article.published === undefined ? -Infinity : toInstant(article.published).getTime() });
  }
  return all.sort((a, b) => b.time - a.time).map((entry) => entry.article);
}

/**
 * Several readers of one stream (several formats in one pass): each reader
 * gets every item; the source is read once. Readers are driven together, so
 * the buffers stay a few items deep.
 */
export function tee<T>(source: AsyncIterable<T>, count: number): AsyncIterable<T>[] {
  const iterator = source[Symbol.asyncIterator]();
  const buffers: T[][] = Array.from({ length: count }, () => []);
  let done = false;
  let failure: { error: unknown } | undefined;
  let pending: Promise<void> | undefined;
  const pull = (): Promise<void> => {
    pending ??= iterator.next().then(
      (result) => {
        pending = undefined;
        if (result.done) done = true;
        else for (const buffer of buffers) buffer.push(result.value);
      },
      (error: unknown) => {
        pending = undefined;
        failure = { error };
        done = true;
      },
    );
    return pending;
  };
  return buffers.map((buffer) => ({
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (buffer.length > 0) {
          yield buffer.shift() as T;
          continue;
        }
        if (failure) throw failure.error;
        if (done) return;
        await pull();
      }
    },
  }));
}

/**
 * The first pass of a format that states the feed date before the items
 * (Atom): the newest `published` of the sources, read quietly (no tags, no
 * diagnostics, no counts: the second pass gives those).
 */
export function newestDate(sources: readonly Source[], options: StreamOptions): Promise<string | undefined> {
  return newestOf(articleStream(sources, { ...options, tags: false }, emptyStats(), { report: () => {}, beforeRead: async () => {} }));
}

async function newestOf(items: AsyncIterable<Article>): Promise<string | undefined> {
  const newest = new NewestDate();
  for await (const article of items) newest.note(article.published);
  return newest.value;
}
