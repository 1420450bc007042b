/** `-f rss`: RSS 2.0 with content:encoded and dc:creator, built by fast-xml-parser's builder. */
import type { Article, Emitter, FeedMeta } from '../model.js';
import { rfc822 } from './dates.js';
import { articleHtml } from './html.js';
import { indentLines, splitAtPlaceholder, xmlBuilder } from './xml.js';

const PLACEHOLDER = 'feedconv-items';

function channel(feed: FeedMeta): Record<string, unknown> {
  return {
    title: feed.title,
    ...(feed.link !== undefined && { link: feed.link }),
    // RSS 2.0 requires a description; the title is the honest fallback.
    description: feed.description ?? feed.title,
    ...(feed.language !== undefined && { language: feed.language }),
    generator: feed.generator,
    ...(feed.updated !== undefined && { lastBuildDate: rfc822(feed.updated) }),
    [PLACEHOLDER]: '',
  };
}

function item(article: Article, html: string): Record<string, unknown> {
  return {
    title: article.title,
    ...(article.url !== undefined && { link: article.url }),
    guid: { '@_isPermaLink': 'false', '#text': article.id },
    ...(article.published !== undefined && { pubDate: rfc822(article.published) }),
    ...(article.byline !== undefined && { 'dc:creator': article.byline }),
    description: article.summary,
    'content:encoded': html,
  };
}

export const rss: Emitter = {
  name: 'rss',
  extension: '.xml',
  mediaType: 'application/rss+xml',
  description: 'RSS 2.0 with full content (content:encoded) and authors (dc:creator)',
  async *emit(feed, items, { stats }) {
    const builder = xmlBuilder(stats, { format: true });
    const envelope = builder.build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      rss: {
        '@_version': '2.0',
        '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        channel: channel(feed),
      },
    }) as string;
    const { head, indent, tail } = splitAtPlaceholder(envelope, PLACEHOLDER);
    yield head;
    for await (const article of items) {
      const xml = builder.build({ item: item(article, articleHtml(article, stats)) }) as string;
      yield indentLines(xml, indent);
    }
    yield tail;
  },
};
