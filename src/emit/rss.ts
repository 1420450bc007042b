/** `-f rss`: RSS 2.0 with content:encoded and dc:creator; the channel built by fast-xml-parser's builder, the items written as it would. */
import type { Article, Emitter, FeedMeta } from '../model.js';
import { rfc822 } from './dates.js';
import { articleHtml } from './html.js';
import { XmlWriter, streamXmlDocument, xmlBuilder } from './xml.js';

const PLACEHOLDER = 'feedconv-items';

const DC = 'http://purl.org/dc/elements/1.1/';

function channel(feed: FeedMeta): Record<string, unknown> {
  return {
    title: feed.title,
    ...(feed.link !== undefined && { link: feed.link }),
    // RSS 2.0 requires a description; the title is the honest fallback.
    description: feed.description ?? feed.title,
    ...(feed.feedUrl !== undefined && {
      'atom:link': { '@_href': feed.feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
    }),
    ...(feed.language !== undefined && { language: feed.language }),
    generator: feed.generator,
    // Note: only SOURCE_DATE_EPOCH sets it; the clock never does, and the newest item date would need a second pass.
    ...(feed.updated !== undefined && { lastBuildDate: rfc822(feed.updated) }),
    [PLACEHOLDER]: '',
  };
}

/** `html`: the article's HTML as text (`articleHtml` with `asText`). */
function item(xml: XmlWriter, article: Article, html: string): string[] {
  const lines = [xml.text('title', article.title)];
  if (article.url !== undefined) lines.push(xml.text('link', article.url));
  lines.push(xml.text('guid', article.id, { isPermaLink: 'false' }));
  if (article.published !== undefined) lines.push(xml.text('pubDate', rfc822(article.published)));
  // Note: the dc namespace is declared where it is used, since whether any item has a byline is known only at the end.
  if (article.byline !== undefined) lines.push(xml.text('dc:creator', article.byline, { 'xmlns:dc': DC }));
  lines.push(xml.text('description', article.summary));
  for (const tag of article.tags ?? []) lines.push(xml.text('category', tag));
  lines.push(xml.element('content:encoded', html));
  return xml.block('item', lines);
}

export const rss: Emitter = {
  name: 'rss',
  extension: '.xml',
  mediaType: 'application/rss+xml',
  description: 'RSS 2.0 with full content (content:encoded) and authors (dc:creator)',
  emit(feed, items, { stats }) {
    const envelope = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      rss: {
        '@_version': '2.0',
        '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        ...(feed.feedUrl !== undefined && { '@_xmlns:atom': 'http://www.w3.org/2005/Atom' }),
        channel: channel(feed),
      },
    };
    const xml = new XmlWriter(stats);
    return streamXmlDocument(xmlBuilder(stats, { format: true }), envelope, PLACEHOLDER, items, (article) => item(xml, article, articleHtml(article, stats, { asText: true })));
  },
};
