/**
 * Feeds as input: one reader per format, each giving the same `Article`
 * stream as the text path. XML and JSON documents are read whole (within
 * `--max-feed-bytes`); NDJSON streams line by line.
 */
import { InputError } from '../errors.js';
import { LineDecoder, decodeChunks } from '../input/decode.js';
import type { Source } from '../input/sources.js';
import type { Article, Diagnostic } from '../model.js';
import { withNamedTags } from '../normalize/tags.js';
import { applyTimezone } from '../normalize/timezone.js';
import { readDocument } from './document.js';
import { loadHtmlParser } from './html.js';
import { type FeedInfo, type ItemOptions, itemToArticle } from './item.js';
import { checkedArticle, parseJson, readFeedconvJson, readJsonFeed } from './json.js';
import type { ReadFormat } from './sniff.js';
import { readAtom, readRss } from './xml.js';

export type { FeedInfo } from './item.js';
export { type ReadFormat, detectFormat, sniffSource } from './sniff.js';

export interface FeedReadOptions extends ItemOptions {
  maxFeedBytes: number;
  maxArticleBytes: number;
}

export interface FeedReadHooks {
  report(diagnostic: Diagnostic): void;
  /** Bytes read and lines completed, as they come. */
  onChunk?(bytes: number, lines: number): void;
  /** The feed's own title, link, description, language, author: before its first article. */
  onInfo?(info: FeedInfo): void;
  /** Control characters removed from the items' text. */
  onControlChars?(count: number): void;
}

/** The articles of one feed input. Throws `InputError` (with a line) when the document is unsafe, malformed or not a feed. */
export async function* readFeed(source: Source, format: Exclude<ReadFormat, 'text' | 'markdown'>, options: FeedReadOptions, hooks: FeedReadHooks): AsyncGenerator<Article> {
  if (format === 'ndjson') {
    yield* readNdjson(source, options, hooks);
    return;
  }
  await loadHtmlParser();
  const doc = await readDocument(source, options.maxFeedBytes, hooks.report, (bytes) => hooks.onChunk?.(bytes, 0));
  hooks.onChunk?.(0, doc.lines);
  if (format === 'json') {
    const { info, articles } = readFeedconvJson(doc, hooks.report);
    hooks.onInfo?.(info);
    for (const article of articles) yield withDefaults(article, options);
    return;
  }
  const parsed = format === 'rss' ? readRss(doc) : format === 'atom' ? readAtom(doc) : readJsonFeed(doc);
  hooks.onInfo?.(parsed.info);
  for (const item of parsed.items) {
    const { article, controlChars } = itemToArticle(item, source.name, options, hooks.report);
    hooks.onControlChars?.(controlChars);
    yield article;
  }
}

/** NDJSON: one feedconv article a line, streamed; a bad line is an error naming it, and the rest still read. */
async function* readNdjson(source: Source, options: FeedReadOptions, hooks: FeedReadHooks): AsyncGenerator<Article> {
  const decoder = new LineDecoder(source.name, options.maxArticleBytes);
  const take = (lines: { text: string; line: number }[]): Article[] =>
    lines.flatMap(({ text, line }) => {
      if (text.trim() === '') return [];
      try {
        const article = checkedArticle(parseJson(text, source.name, () => line, line), source.name, line, hooks.report);
        return article === undefined ? [] : [withDefaults(article, options)];
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        hooks.report({ file: source.name, line, severity: 'error', rule: 'invalid-article', message: `${error.message}; line left out` });
        return [];
      }
    });
  for await (const { lines } of decodeChunks(source.read(), decoder, hooks)) yield* take(lines);
}

/** `--date`, `--timezone` and `--tags` apply to articles read back as to new ones. */
function withDefaults(article: Article, options: ItemOptions): Article {
  let out = article;
  if (out.published === undefined && options.defaultDate !== undefined) out = { ...out, published: options.defaultDate, dateSource: 'option' };
  else if (out.published !== undefined && options.timezone !== undefined) out = { ...out, published: applyTimezone(out.published, options.timezone) };
  if (options.tagger !== undefined) {
    const own = out.tags ?? [];
    const tags = withNamedTags(own, options.tagger(out.title, out.paragraphs));
    if (tags.length > own.length) out = { ...out, tags };
  }
  return out;
}
