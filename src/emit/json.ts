/** `-f json`: the feed object of ARCHITECTURE.md, pretty-printed; the envelope first, then items as they come. */
import type { Article, Emitter, FeedMeta } from '../model.js';

/** The orders of the model's keys, for output that lists them as the model does. */
interface KeyOrders {
  article: readonly (keyof Article)[];
  meta: readonly (keyof FeedMeta)[];
}

let keyOrders: KeyOrders | undefined;

/**
 * The model's key orders, read from its schemas the first time a format needs
 * them. Note: the schemas are imported then, not at start: a run that writes no
 * JSON never builds them (see options.ts).
 */
export async function modelKeyOrders(): Promise<KeyOrders> {
  if (keyOrders === undefined) {
    const { Article, FeedMeta } = await import('../model.js');
    keyOrders = { article: Object.keys(Article.shape) as (keyof Article)[], meta: Object.keys(FeedMeta.shape) as (keyof FeedMeta)[] };
  }
  return keyOrders;
}

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** The article with its keys in the model's order (`modelKeyOrders`), whatever order it was built in. */
export function canonicalArticle(article: Article, order: KeyOrders['article']): Partial<Article> {
  return pick(article, order);
}

/**
 * A pretty-printed JSON object whose last key, `items`, is an array written
 * one element at a time: the envelope goes out before the first item is ready.
 */
export async function* streamJsonObject<T>(
  head: Record<string, unknown>,
  items: AsyncIterable<T>,
  render: (item: T) => unknown,
): AsyncGenerator<string> {
  const envelope = JSON.stringify(head, null, 2);
  yield envelope === '{}' ? '{\n  "items": [' : `${envelope.slice(0, -2)},\n  "items": [`;
  let first = true;
  for await (const item of items) {
    // Note: JSON.stringify only writes newlines between tokens, so indenting every line is exact.
    yield `${first ? '' : ','}\n    ${JSON.stringify(render(item), null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

export const json: Emitter = {
  name: 'json',
  extension: '.json',
  mediaType: 'application/json',
  description: 'the feed object with every article (the model, see `feedconv schema`)',
  async *emit(feed, items) {
    const order = await modelKeyOrders();
    yield* streamJsonObject(pick(feed, order.meta), items, (article) => canonicalArticle(article, order.article));
  },
};
