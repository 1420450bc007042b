/**
 * JSON inputs: JSON Feed (1.0 and 1.1), feedconv's own JSON (`-f json`) and
 * NDJSON (`-f ndjson`). feedconv's articles come back as they were written,
 * checked against the model; a JSON Feed's items become feed items.
 */
import { InputError } from '../errors.js';
import { Article, type Diagnostic, type Image } from '../model.js';
import type { FeedDocument } from './document.js';
import type { FeedItem } from './item.js';
import type { ParsedFeed } from './xml.js';

type Node = Record<string, unknown>;

/** JSON.parse with the line of a syntax error. */
export function parseJson(text: string, file: string, lineAt: (offset: number) => number, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? (/end of JSON/.test(message) ? lineAt(text.length) : firstLine) : lineAt(Number(position));
    throw new InputError(file, `malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected')}`, line);
  }
}

function isObject(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * Where each item starts: the line of its `"id"` value, found in order
 * (JSON.parse keeps no positions). An item without one takes the previous line.
 */
function itemLines(doc: FeedDocument, ids: (string | undefined)[]): number[] {
  let from = doc.text.search(/"items"\s*:/);
  if (from === -1) from = 0;
  let line = doc.lineAt(from);
  return ids.map((id) => {
    if (id === undefined) return line;
    const at = doc.text.indexOf(JSON.stringify(id), from);
    if (at !== -1) {
      from = at + 1;
      line = doc.lineAt(at);
    }
    return line;
  });
}

/** A JSON Feed document. */
export function readJsonFeed(doc: FeedDocument): ParsedFeed {
  const feed = parseJson(doc.text, doc.file, doc.lineAt);
  if (!isObject(feed) || !Array.isArray(feed.items)) throw new InputError(doc.file, 'not a JSON Feed: expected an object with an "items" array', 1);
  const items = feed.items as unknown[];
  const lines = itemLines(doc, items.map((item) => (isObject(item) ? str(item.id) : undefined)));
  const feedAuthor = authorOf(feed);
  return {
    info: {
      ...(str(feed.title) !== undefined && { title: str(feed.title) as string }),
      ...(str(feed.home_page_url) !== undefined && { link: str(feed.home_page_url) as string }),
      ...(str(feed.description) !== undefined && { description: str(feed.description) as string }),
      ...(str(feed.language) !== undefined && { language: str(feed.language) as string }),
      ...(feedAuthor !== undefined && { author: feedAuthor }),
    },
    items: items.map((item, i) => jsonFeedItem(isObject(item) ? item : {}, lines[i] as number)),
  };
}

/** JSON Feed 1.1 `authors`, or 1.0's single `author`. */
function authorOf(node: Node): string | undefined {
  const authors = Array.isArray(node.authors) ? node.authors : isObject(node.author) ? [node.author] : [];
  const names = authors.map((author) => (isObject(author) ? str(author.name) : undefined)).filter((name): name is string => name !== undefined && name !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

function jsonFeedItem(item: Node, line: number): FeedItem {
  const images: Image[] = [];
  for (const key of ['image', 'banner_image']) {
    const url = str(item[key]);
    if (url !== undefined && !images.some((image) => image.url === url)) images.push({ caption: '', url });
  }
  const html = str(item.content_html);
  return {
    line,
    endLine: line,
    title: str(item.title),
    url: str(item.url) ?? str(item.external_url),
    id: str(item.id),
    date: str(item.date_published) ?? str(item.date_modified),
    byline: authorOf(item),
    tags: Array.isArray(item.tags) ? item.tags.map(str).filter((tag): tag is string => tag !== undefined) : [],
    ...(html !== undefined ? { html } : { text: str(item.content_text) }),
    summary: str(item.summary),
    images,
  };
}

/** feedconv's JSON output: the feed's fields and its articles, each checked against the model. */
export function readFeedconvJson(doc: FeedDocument, report: (d: Diagnostic) => void): { info: ParsedFeed['info']; articles: Article[] } {
  const feed = parseJson(doc.text, doc.file, doc.lineAt);
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    throw new InputError(doc.file, 'not a feed: expected feedconv JSON (an object with "items") or a JSON Feed (with "version": "https://jsonfeed.org/version/1.1")', 1);
  }
  const items = feed.items as unknown[];
  const lines = itemLines(doc, items.map((item) => (isObject(item) ? str(item.id) : undefined)));
  const articles: Article[] = [];
  items.forEach((item, i) => {
    const line = lines[i] as number;
    const article = checkedArticle(item, doc.file, line, report);
    if (article !== undefined) articles.push(article);
  });
  return {
    info: Object.fromEntries(['title', 'link', 'description', 'language', 'author'].flatMap((key) => (typeof feed[key] === 'string' ? [[key, feed[key]]] : []))),
    articles,
  };
}

/** One feedconv article, checked against the model; its position becomes the line it was read from. */
export function checkedArticle(value: unknown, file: string, line: number, report: (d: Diagnostic) => void): Article | undefined {
  const parsed = Article.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    report({ file, line, severity: 'error', rule: 'invalid-article', message: `not a feedconv article${where}: ${issue?.message ?? 'invalid'}; left out` });
    return undefined;
  }
  return { ...parsed.data, source: { file, line, endLine: line } };
}
