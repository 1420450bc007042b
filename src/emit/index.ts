/** The emitter registry: a plain record keyed by the `-f` name. */
import type { Emitter } from '../model.js';
import { json } from './json.js';
import { md } from './md.js';
import { ndjson } from './ndjson.js';
import { rss } from './rss.js';

export const emitters: Record<string, Emitter> = {
  json,
  ndjson,
  rss,
  md,
};

/** The emitter for an output file's extension, the first registered one that claims it (pandoc-style inference). */
export function emitterForExtension(extension: string): Emitter | undefined {
  return Object.values(emitters).find((emitter) => emitter.extension === extension.toLowerCase());
}
