/** The emitter registry: a plain record keyed by the `-f` name. */
import type { Emitter } from '../model.js';
import { atom } from './atom.js';
import { json } from './json.js';
import { jsonfeed } from './jsonfeed.js';
import { md } from './md.js';
import { ndjson } from './ndjson.js';
import { rss } from './rss.js';

export const emitters: Readonly<Record<string, Emitter>> = {
  json,
  ndjson,
  rss,
  atom,
  jsonfeed,
  md,
};

/** The emitter for an output file's extension, the first registered one that claims it (pandoc-style inference). */
export function emitterForExtension(registry: Readonly<Record<string, Emitter>>, extension: string): Emitter | undefined {
  return Object.values(registry).find((emitter) => emitter.extension === extension.toLowerCase());
}
