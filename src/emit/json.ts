/** `-f json`: the feed object of ARCHITECTURE.md, pretty-printed; the envelope first, then items as they come. */
import { Article, type Emitter, FeedMeta } from '../model.js';

const ARTICLE_KEYS = Object.keys(Article.shape) as (keyof Article)[];
const META_KEYS = Object.keys(FeedMeta.shape) as (keyof FeedMeta)[];

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** The article with its keys in the model's order, whatever order it was built in. */
export function canonicalArticle(article: Article): Partial<Article> {
  return pick(article, ARTICLE_KEYS);
}

export const json: Emitter = {
  name: 'json',
  extension: '.json',
  mediaType: 'application/json',
  description: 'the feed object with every article (the model, see `feedconv schema`)',
  async *emit(feed, items) {
    const envelope = JSON.stringify(pick(feed, META_KEYS), null, 2);
    yield `${envelope.slice(0, -2)},\n  "items": [`;
    let first = true;
    for await (const article of items) {
      const body = JSON.stringify(canonicalArticle(article), null, 2).replaceAll('\n', '\n    ');
      yield `${first ? '' : ','}\n    ${body}`;
      first = false;
    }
    yield first ? ']\n}\n' : '\n  ]\n}\n';
  },
};
