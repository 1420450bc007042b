/** `-f ndjson`: one article per line, written as soon as it is ready. */
import type { Emitter } from '../model.js';
import { canonicalArticle, modelKeyOrders } from './json.js';

export const ndjson: Emitter = {
  name: 'ndjson',
  extension: '.ndjson',
  mediaType: 'application/x-ndjson',
  description: 'one article object per line, for jq and streaming consumers',
  async *emit(_feed, items) {
    const order = (await modelKeyOrders()).article;
    for await (const article of items) yield `${JSON.stringify(canonicalArticle(article, order))}\n`;
  },
};
