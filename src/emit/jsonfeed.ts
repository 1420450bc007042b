/** `-f jsonfeed`: JSON Feed 1.1 (https://jsonfeed.org/version/1.1), the envelope first, then items as they come. */
import type { Article, Emitter, FeedMeta } from '../model.js';
import { rfc3339 } from './dates.js';
import { articleHtml, articleText } from './html.js';
import { streamJsonObject } from './json.js';

function envelope(feed: FeedMeta): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    ...(feed.link !== undefined && { home_page_url: feed.link }),
    ...(feed.feedUrl !== undefined && { feed_url: feed.feedUrl }),
    ...(feed.description !== undefined && { description: feed.description }),
    ...(feed.language !== undefined && { language: feed.language }),
    ...(feed.author !== undefined && { authors: [{ name: feed.author }] }),
  };
}

function item(article: Article, stats: { invalidXmlChars: number }): Record<string, unknown> {
  return {
    id: article.id,
    ...(article.url !== undefined && { url: article.url }),
    title: article.title,
    content_html: articleHtml(article, stats),
    content_text: articleText(article),
    summary: article.summary,
    ...(article.published !== undefined && { date_published: rfc3339(article.published) }),
    ...(article.byline !== undefined && { authors: [{ name: article.byline }] }),
    ...(article.tags !== undefined && article.tags.length > 0 && { tags: article.tags }),
  };
}

export const jsonfeed: Emitter = {
  name: 'jsonfeed',
  extension: '.json',
  mediaType: 'application/feed+json',
  description: 'JSON Feed 1.1 with HTML and plain-text content',
  emit: (feed, items, { stats }) => streamJsonObject(envelope(feed), items, (article) => item(article, stats)),
};
