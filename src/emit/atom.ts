/** `-f atom`: Atom 1.0 (RFC 4287); the feed's head built by fast-xml-parser's builder, the entries written as it would. */
import type { Article, Emitter, FeedMeta } from '../model.js';
import { uuidBytes, uuidV5 } from '../uuid.js';
import { NO_DATE, rfc3339 } from './dates.js';
import { articleHtml } from './html.js';
import { XmlWriter, streamXmlDocument, xmlBuilder } from './xml.js';

const PLACEHOLDER = 'feedconv-entries';
/** The v5 UUID of `https://www.npmjs.com/package/feedconv#feed` in the URL namespace, written out (a test derives it). */
export const FEED_NAMESPACE = uuidBytes('64205f53-4bbd-5f68-9a25-732556ede813');

/** The feed's permanent id: its own URL, else its site, else a UUID of its title. */
function feedId(feed: FeedMeta): string {
  return feed.feedUrl ?? feed.link ?? `urn:uuid:${uuidV5(feed.title, FEED_NAMESPACE)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * An entry id must be an IRI: feedconv's UUIDs as `urn:uuid:…`; an id read
 * from a feed that is already an IRI (a URL, a tag: URI) as it is; any other
 * as the UUID of its text, so it stays stable.
 */
export function entryId(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (IRI.test(id)) return id;
  return `urn:uuid:${uuidV5(id, FEED_NAMESPACE)}`;
}

function link(rel: string, href: string, type?: string): Record<string, string> {
  return { '@_rel': rel, ...(type !== undefined && { '@_type': type }), '@_href': href };
}

/** Where the feed's date goes when it is not known yet: an element, which escaped text cannot contain. */
const DEFERRED = { '@_feedconv': 'deferred' };
const DEFERRED_MARKER = '<updated feedconv="deferred"/>';

/**
 * Note: an entry with no date still needs `updated`; it gets the feed's, the
 * state of the feed as built. (`--date` gives undated stories a real date.)
 */
function entry(xml: XmlWriter, article: Article, feedUpdated: string | typeof DEFERRED, html: string): string[] {
  const lines = [xml.text('id', entryId(article.id)), xml.text('title', article.title)];
  if (article.url !== undefined) lines.push(xml.element('link', '', { rel: 'alternate', type: 'text/html', href: article.url }));
  if (article.published !== undefined) {
    const published = rfc3339(article.published);
    lines.push(xml.text('published', published), xml.text('updated', published));
  } else {
    lines.push(typeof feedUpdated === 'string' ? xml.text('updated', feedUpdated) : DEFERRED_MARKER);
  }
  if (article.byline !== undefined) lines.push(...xml.block('author', [xml.text('name', article.byline)]));
  for (const term of article.tags ?? []) lines.push(xml.element('category', '', { term }));
  lines.push(xml.text('summary', article.summary), xml.element('content', html, { type: 'html' }));
  return xml.block('entry', lines);
}

export const atom: Emitter = {
  name: 'atom',
  extension: '.xml',
  mediaType: 'application/atom+xml',
  description: 'Atom 1.0 with full content, entry ids as urn:uuid',
  needsUpdated: true,
  deferredUpdated: {
    marker: DEFERRED_MARKER,
    fill: (newest) => `<updated>${newest === undefined ? NO_DATE : rfc3339(newest)}</updated>`,
  },
  emit(feed, items, { stats, deferUpdated }) {
    const updated = feed.updated !== undefined ? rfc3339(feed.updated) : deferUpdated ? DEFERRED : NO_DATE;
    const links = [
      ...(feed.link !== undefined ? [link('alternate', feed.link, 'text/html')] : []),
      ...(feed.feedUrl !== undefined ? [link('self', feed.feedUrl, 'application/atom+xml')] : []),
    ];
    const envelope = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      feed: {
        '@_xmlns': 'http://www.w3.org/2005/Atom',
        ...(feed.language !== undefined && { '@_xml:lang': feed.language }),
        id: feedId(feed),
        title: feed.title,
        ...(feed.description !== undefined && { subtitle: feed.description }),
        updated,
        ...(links.length > 0 && { link: links }),
        // Atom requires an author for the feed when an entry has none: the feed's, or its title.
        author: { name: feed.author ?? feed.title },
        generator: feed.generator,
        [PLACEHOLDER]: '',
      },
    };
    const xml = new XmlWriter(stats);
    return streamXmlDocument(xmlBuilder(stats, { format: true }), envelope, PLACEHOLDER, items, (article) =>
      entry(xml, article, updated, articleHtml(article, stats, { asText: true })),
    );
  },
};
