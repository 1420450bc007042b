/**
 * One feed item, as every feed reader hands it over, and the `Article` it
 * becomes: the same model the text path builds, so emitters cannot tell
 * which reader ran.
 */
import type { Article, Diagnostic, FeedMeta, Image } from '../model.js';
import { findFullDate } from '../normalize/dates.js';
import { articleId, baseSlug } from '../normalize/ids.js';
import { summarize } from '../normalize/normalize.js';
import { withNamedTags } from '../normalize/tags.js';
import { applyTimezone } from '../normalize/timezone.js';
import { matchDateline } from '../segment/patterns.js';
import { cleanText, countControlChars, countWords } from '../text.js';
import { htmlToBody, htmlToText, textToParagraphs } from './html.js';

/** What a reader found in one item; any field may be missing. */
export interface FeedItem {
  /** Lines of the item in its input (where the format gives them). */
  line: number;
  endLine: number;
  /** Plain text: a reader turns an HTML title into text itself. */
  title?: string | undefined;
  url?: string | undefined;
  id?: string | undefined;
  /** The date as written: RFC 822, RFC 3339, or something close. */
  date?: string | undefined;
  byline?: string | undefined;
  tags: string[];
  /** The body as HTML, or as plain text. */
  html?: string | undefined;
  text?: string | undefined;
  /** The summary as HTML (or text: HTML without tags reads the same). */
  summary?: string | undefined;
  /** Images the feed gives apart from the body (media:content, enclosures, JSON Feed image). */
  images: Image[];
}

/** Feed-level fields of an input feed: they fill what the options leave open. */
export type FeedInfo = Partial<Pick<FeedMeta, 'title' | 'link' | 'description' | 'language' | 'author'>>;

export interface ItemOptions {
  defaultDate?: string | undefined;
  timezone?: string | undefined;
  tagger?: ((title: string, paragraphs: string[]) => string[]) | undefined;
}

/** Longest title made from an untitled item's text. */
const MADE_TITLE = 80;

/** The article of a feed item; problems with the item are reported with its line. */
export function itemToArticle(item: FeedItem, file: string, options: ItemOptions, report: (d: Diagnostic) => void): { article: Article; controlChars: number } {
  const warn = (rule: string, message: string): void => report({ file, line: item.line, severity: 'warning', rule, message });
  const controlChars = countControlChars(item.title ?? '') + countControlChars(item.html ?? item.text ?? '');
  const body = item.html !== undefined ? htmlToBody(item.html) : { paragraphs: textToParagraphs(item.text ?? ''), headings: [], images: [] };
  const images = mergeImages(body.images, item.images);
  const summaryText = item.summary === undefined ? '' : htmlToText(item.summary);

  let title = item.title === undefined ? '' : cleanText(item.title);
  if (title === '') {
    // Note: a feed may leave titles out (JSON Feed microblogs); the start of the text stands in.
    const start = body.paragraphs[0] ?? summaryText;
    title = start.length <= MADE_TITLE ? start : `${start.slice(0, start.lastIndexOf(' ', MADE_TITLE) > 0 ? start.lastIndexOf(' ', MADE_TITLE) : MADE_TITLE)}…`;
    warn('untitled-item', title === '' ? 'item has no title and no text' : `item has no title; its text stands in: "${title}"`);
  }
  if (body.paragraphs.length === 0 && summaryText !== '') body.paragraphs.push(summaryText);
  if (body.paragraphs.length === 0) warn('no-body', `item "${title}" has no text`);

  let published = item.date === undefined ? undefined : parseFeedDate(item.date, options.timezone);
  if (item.date !== undefined && published === undefined) warn('bad-date', `cannot read the date '${item.date}'; the item is undated`);
  let dateSource: Article['dateSource'] = published === undefined ? undefined : 'feed';
  if (published === undefined && options.defaultDate !== undefined) {
    published = options.defaultDate;
    dateSource = 'option';
  }

  const id = item.id !== undefined && item.id !== '' ? item.id : item.url ?? articleId(title, published);
  const own = item.tags.map(cleanText).filter((tag) => tag !== '');
  const named = options.tagger?.(title, body.paragraphs) ?? [];
  const tags = [...new Set(withNamedTags(own, named))];
  const dateline = body.paragraphs[0] === undefined ? undefined : matchDateline(body.paragraphs[0]);
  const article: Article = {
    id,
    title,
    slug: baseSlug(title, articleId(id, undefined)),
    ...(item.url !== undefined && item.url !== '' && { url: item.url }),
    ...(published !== undefined && { published, dateSource }),
    ...(item.byline !== undefined && cleanText(item.byline) !== '' && { byline: cleanText(item.byline) }),
    ...(dateline !== undefined && { dateline }),
    images,
    paragraphs: body.paragraphs,
    ...(body.headings.length > 0 && { headings: body.headings }),
    ...(tags.length > 0 && { tags }),
    summary: summaryText !== '' ? summaryText : summarize(body.paragraphs[0] ?? ''),
    wordCount: body.paragraphs.reduce((sum, p) => sum + countWords(p), 0),
    source: { file, line: item.line, endLine: Math.max(item.line, item.endLine) },
  };
  return { article, controlChars };
}

/** The body's figures first, then the feed's own images not already among them (same address or caption). */
function mergeImages(fromBody: Image[], fromFeed: Image[]): Image[] {
  const images = [...fromBody];
  for (const image of fromFeed) {
    const same = images.find((other) => (image.url !== undefined && other.url === image.url) || (image.caption !== '' && other.caption === image.caption));
    if (same === undefined) images.push(image);
    else if (same.url === undefined && image.url !== undefined) same.url = image.url;
  }
  return images;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A feed's date as an ISO 8601 string: RFC 3339 kept as written (offset and
 * all, fractions dropped), RFC 822 and its common variants (named zones, no
 * seconds, two-digit years) as a UTC instant, anything else with a written
 * year through the text path's date reader. Undefined when unreadable.
 */
export function parseFeedDate(raw: string, timezone?: string): string | undefined {
  const value = cleanText(raw);
  const iso = RFC3339.exec(value);
  if (iso !== null) {
    const [, day, time, zone] = iso as unknown as [string, string, string | undefined, string | undefined];
    if (Number.isNaN(Date.parse(day))) return undefined;
    if (time === undefined) return day;
    const seconds = time.length === 5 ? `${time}:00` : time;
    const offset = zone === undefined ? undefined : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const floating = `${day}T${seconds}`;
    if (offset !== undefined) return `${floating}${offset}`;
    return timezone === undefined ? floating : applyTimezone(floating, timezone);
  }
  // RFC 822 (and what Date.parse reads of its variants: named US zones, UT, GMT, missing seconds).
  if (/^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}/.test(value)) {
    const time = Date.parse(value.replace(/\bUT\b/, 'GMT'));
    if (!Number.isNaN(time)) return new Date(time).toISOString().replace('.000Z', 'Z');
  }
  const found = findFullDate(value);
  return found === undefined || timezone === undefined ? found?.iso : applyTimezone(found.iso, timezone);
}
