/**
 * A format that states the feed's date before its items (Atom), written in one
 * pass: the emitter writes a marker where the date goes (`deferredUpdated`),
 * its output is kept in a temporary file while the newest article date is
 * noted, then the file is copied to the sink with every marker filled in.
 * Before, the input was read twice (once for the date); this reads it once,
 * so it costs a file copy instead of a second conversion, and standard input
 * need not be kept.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { NewestDate } from './emit/dates.js';
import { IoError, describeSystemError } from './errors.js';
import { fileSystem } from './fs.js';
import type { Article, EmitOptions, Emitter, FeedMeta } from './model.js';
import { type Sink, streamSink } from './output.js';

/** True when the emitter needs the feed's date first and can take it afterwards. */
export function canDefer(emitter: Emitter, feed: FeedMeta): boolean {
  return emitter.needsUpdated === true && emitter.deferredUpdated !== undefined && feed.updated === undefined;
}

/** Writes the emitter's output for `items` to `sink`, its feed date being the newest article date (none: the emitter's choice). */
export async function emitDeferred(emitter: Emitter, feed: FeedMeta, items: AsyncIterable<Article>, options: EmitOptions, sink: Sink): Promise<void> {
  const deferred = emitter.deferredUpdated as NonNullable<Emitter['deferredUpdated']>;
  const newest = new NewestDate();
  async function* noted(): AsyncGenerator<Article> {
    for await (const article of items) {
      newest.note(article.published);
      yield article;
    }
  }
  const dir = await fileSystem.makeTempDir();
  try {
    const path = join(dir, `feed${emitter.extension}`);
    const spool = streamSink(createWriteStream(path), `a temporary file in ${dir}`, true);
    try {
      for await (const chunk of emitter.emit(feed, noted(), { ...options, deferUpdated: true })) await spool.write(chunk);
      await spool.commit();
    } catch (error) {
      await spool.abort();
      throw error;
    }
    const fill = deferred.fill(newest.value);
    try {
      for await (const text of fillMarkers(createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 }) as AsyncIterable<string>, deferred.marker, fill)) {
        await sink.write(text);
      }
    } catch (error) {
      if (error instanceof Error && 'code' in error) throw new IoError(`cannot read back ${path}: ${describeSystemError(error)}`, { cause: error });
      throw error;
    }
  } finally {
    await fileSystem.remove(dir);
  }
}

/** The chunks with every `marker` replaced by `fill`, also where a marker straddles two chunks. */
export async function* fillMarkers(chunks: AsyncIterable<string>, marker: string, fill: string): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    // A marker starting at or after `end` may continue in the next chunk: that tail is carried.
    const end = Math.max(0, text.length - marker.length + 1);
    let out = '';
    let position = 0;
    for (let at = text.indexOf(marker); at !== -1 && at < end; at = text.indexOf(marker, position)) {
      out += text.slice(position, at) + fill;
      position = at + marker.length;
    }
    const cut = Math.max(position, end);
    out += text.slice(position, cut);
    carry = text.slice(cut);
    if (out !== '') yield out;
  }
  if (carry !== '') yield carry;
}
