/** `-f rss`: RSS 2.0 with content:encoded and dc:creator, built by fast-xml-parser's builder. */
import type { Article, EmitOptions, Emitter, FeedMeta } from '../model.js';
import { rfc822 } from './dates.js';
import { articleHtml } from './html.js';
import { escapeMarkup, streamXmlDocument, textElement, xmlBuilder } from './xml.js';

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

/** One `<item>`, pretty-printed at depth 0, byte for byte what the builder would write. */
function item(article: Article, html: string, counter: EmitOptions['stats']): string {
  const lines = ['<item>', `  ${textElement('title', article.title, counter)}`];
  if (article.url !== undefined) lines.push(`  ${textElement('link', article.url, counter)}`);
  lines.push(`  ${textElement('guid', article.id, counter, ' isPermaLink="false"')}`);
  if (article.published !== undefined) lines.push(`  ${textElement('pubDate', rfc822(article.published), counter)}`);
  // Note: the dc namespace is declared where it is used, since whether any item has a byline is known only at the end.
  if (article.byline !== undefined) lines.push(`  ${textElement('dc:creator', article.byline, counter, ` xmlns:dc="${DC}"`)}`);
  lines.push(`  ${textElement('description', article.summary, counter)}`);
  for (const tag of article.tags ?? []) lines.push(`  ${textElement('category', tag, counter)}`);
  // The fragment was built with escapeXml: it only needs its markup escaped once more.
  lines.push(`  <content:encoded>${escapeMarkup(html)}</content:encoded>`, '</item>', '');
  return lines.join('\n');
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
    return streamXmlDocument(xmlBuilder(stats, { format: true }), envelope, PLACEHOLDER, items, (article) => item(article, articleHtml(article, stats), stats));
  },
};
