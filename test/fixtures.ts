/** Hand-built articles with fixed dates, so emitter tests never depend on the segmenter. */
import type { Article, FeedMeta } from '../src/model.js';

export const FEED: FeedMeta = {
  title: 'Test feed',
  description: 'Fixture articles',
  link: 'https://example.com/',
  language: 'en',
  generator: 'feedconv',
};

export const ARTICLE: Article = {
  id: '0f3c2b8e-5d1a-5e2f-9c4b-1a2b3c4d5e6f',
  title: 'Quake & “aftershocks” <hit> coast',
  slug: 'quake-aftershocks-hit-coast',
  url: 'https://example.com/news/quake-aftershocks-hit-coast',
  published: '2024-02-16',
  dateSource: 'line',
  byline: 'Jane Doe',
  dateline: 'OSLO, March 3 (Reuters)',
  images: [{ caption: 'Rescuers at work, February 16, 2024.', credit: 'Photo by A. Person / AFP' }, { caption: 'No credit here' }],
  paragraphs: ['OSLO, March 3 (Reuters) - The quake struck at dawn.', 'Officials said <script>alert(1)</script> & more.'],
  summary: 'OSLO, March 3 (Reuters) - The quake struck at dawn.',
  wordCount: 15,
  source: { file: 'dump.txt', line: 1, endLine: 9 },
};

export const BARE: Article = {
  id: 'fedcba9876543210',
  title: 'Second story',
  slug: 'second-story',
  images: [],
  paragraphs: ['Body.'],
  summary: 'Body.',
  wordCount: 1,
  source: { file: 'dump.txt', line: 12, endLine: 14 },
};

export async function* stream<T>(...items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}
