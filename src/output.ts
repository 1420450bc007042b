/**
 * Where output goes. A regular file is replaced atomically: written to a
 * temporary file beside it, synced, then renamed over it, so a reader (or an
 * interrupted run) sees the old file or the complete new one, never half.
 * A pipe, a device or standard output is written straight.
 *
 * Note: hand-written rather than write-file-atomic, which takes the whole
 * content as one buffer: feedconv streams, and must not hold a 1 GB feed.
 */
import { createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError, describeSystemError } from './errors.js';
import { fileSystem } from './fs.js';

export interface Sink {
  write(text: string): Promise<void>;
  /** Sends what is gathered so far: called while the pipeline waits for input, so output keeps pace with it. */
  flush(): Promise<void>;
  /** Makes the output final (for a file: the rename). */
  commit(): Promise<void>;
  /** Leaves no partial output behind (for a file: the temporary is removed). */
  abort(): Promise<void>;
  readonly bytes: number;
}

/** Thrown when the reader of standard output went away (`feedconv … | head`): not an error, just the end. */
export class BrokenPipe extends Error {}

/**
 * Small writes are encoded into buffers of this many bytes, each sent when it is full.
 * Note: two buffers, reused: one fills while the other is sent. Joining the writes into strings of 256 KB made
 * text → RSS on a 100 MB dump ~10% faster than 64 KB did (each send wakes a thread of the pool, dear on a virtual
 * machine), but a string that large lives in V8's large-object space until a full collection, and the 1 GB dump's
 * peak went from ~140 to ~157 MB. Bytes encoded straight into the buffers allocate nothing per chunk.
 */
export const BATCH = 256 * 1024;
/**
 * A file being written has its data synced, in the background, each time this many bytes more have been written.
 * Note: the kernel holds written data in memory until it is synced (or far more is waiting), so the one sync before
 * the rename wrote the whole file at the end while the thread sat idle: ~4% of text → RSS on a 100 MB dump.
 */
export const SYNC_EVERY = 16 * 1024 * 1024;
/** The most UTF-8 bytes one UTF-16 code unit can take (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Buffers that drained batchers gave back, for the next to take: a batch of small files then allocates none.
 * Note: a new 256 KB buffer for every output is memory outside V8's heap, and each ~64 MB of it asks for a full
 * collection: a batch of 2,000 small dumps ran 78 of them, and spent a sixth of its time collecting.
 */
const spareBuffers: Buffer[] = [];
/** Enough for two files at once, each in a few formats; more is given back to the allocator. */
const MAX_SPARE_BUFFERS = 16;

/** Gathers small writes into chunks of up to `BATCH` bytes and sends them one at a time. */
export class Batcher {
  bytes = 0;
  /** Taken when first written to, given back once drained or discarded. */
  private readonly buffers: (Buffer | undefined)[] = [undefined, undefined];
  /** The buffer being filled (the other may be being sent) and how much of it is. */
  private current = 0;
  private filled = 0;
  /** The chunk being sent: one at a time, so the conversion goes on while the last chunk is written. */
  private sending: Promise<void> | undefined;
  private failed: { error: unknown } | undefined;

  /** `sendChunk` must be done with the bytes it is given when its promise settles: their buffer is filled again. */
  constructor(private readonly sendChunk: (chunk: Uint8Array) => Promise<void>) {}

  async write(text: string): Promise<void> {
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (this.filled + most > BATCH) {
      await this.flush();
      if (most > BATCH) {
        // Larger than a buffer could be sure to hold: encoded and sent on its own, after the chunk before it.
        await this.settle();
        const bytes = Buffer.from(text);
        this.bytes += bytes.length;
        this.send(bytes);
        return;
      }
    }
    this.filled += this.currentBuffer().write(text, this.filled);
  }

  /** Starts sending what is gathered, after the chunk before it has gone (at most two chunks are held). */
  async flush(): Promise<void> {
    await this.settle();
    if (this.filled === 0) return;
    const chunk = this.currentBuffer().subarray(0, this.filled);
    this.bytes += this.filled;
    this.current ^= 1;
    this.filled = 0;
    this.send(chunk);
  }

  /** Sends everything and waits until it has gone; throws what a send failed with. */
  async drain(): Promise<void> {
    try {
      await this.flush();
      await this.settle();
    } finally {
      this.release();
    }
  }

  /** Drops what is gathered and waits for the chunk being sent (before a file is closed and removed). */
  async discard(): Promise<void> {
    this.filled = 0;
    await this.settle().catch(() => undefined);
    this.release();
  }

  private currentBuffer(): Buffer {
    return (this.buffers[this.current] ??= spareBuffers.pop() ?? Buffer.allocUnsafe(BATCH));
  }

  /** Gives the buffers back, when none is being sent (a settled send always leaves `sending` unset). */
  private release(): void {
    if (this.sending !== undefined) return;
    this.filled = 0;
    for (const [i, buffer] of this.buffers.entries()) {
      if (buffer !== undefined && spareBuffers.length < MAX_SPARE_BUFFERS) spareBuffers.push(buffer);
      this.buffers[i] = undefined;
    }
  }

  private send(chunk: Uint8Array): void {
    this.sending = this.sendChunk(chunk).catch((error: unknown) => {
      this.failed = { error };
    });
  }

  private async settle(): Promise<void> {
    if (this.sending !== undefined) await this.sending;
    this.sending = undefined;
    if (this.failed !== undefined) throw this.failed.error;
  }
}

/** A sink over a stream that is not ours to close (standard output) or a pipe/device opened straight. */
export function streamSink(stream: NodeJS.WritableStream, name: string, close = false): Sink {
  let broken: Error | undefined;
  const onError = (error: NodeJS.ErrnoException): void => {
    broken = error.code === 'EPIPE' ? new BrokenPipe() : new IoError(`cannot write ${name}: ${describeSystemError(error)}`);
  };
  stream.on('error', onError);
  // Note: settled when the stream is done with the chunk (its callback), not at 'drain': the chunk's buffer is reused.
  const batcher = new Batcher(
    (chunk) =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        stream.write(chunk, (error) => {
          if (!error) return resolve();
          onError(error as NodeJS.ErrnoException);
          reject(broken);
        });
      }),
  );
  const finish = async (): Promise<void> => {
    stream.off('error', onError);
    if (!close) return;
    await new Promise<void>((resolve) => stream.end(resolve));
  };
  return {
    write: (text) => batcher.write(text),
    flush: () => batcher.flush(),
    async commit() {
      await batcher.drain();
      if (broken) throw broken;
      await finish();
    },
    abort: finish,
    get bytes() {
      return batcher.bytes;
    },
  };
}

/**
 * Temporary names: the process id, a random tag drawn once per thread (a stale
 * file from an earlier process with the same id cannot match), and a count.
 * Note: the tag needs to be unlikely to repeat, not secret: the file is opened
 * exclusively (`wx`), so a name already taken, or a planted link, fails the
 * open rather than being written through. Hence Math.random, not node:crypto
 * (some twenty modules, ~5 ms of every start); one draw, not one a file.
 */
const TEMP_TAG = `${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}-`;
let tempCount = 0;

/** A sink for `-o PATH`: atomic for a regular file (or a new one), straight for anything else. */
export async function fileSink(path: string): Promise<Sink> {
  const existing = await fileSystem.stat(path).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isDirectory()) throw new IoError(`cannot write '${path}': is a directory`);
    return streamSink(createWriteStream(path), `'${path}'`, true);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${TEMP_TAG}${(tempCount++).toString(36)}.tmp`);
  const fail = (error: unknown): IoError => new IoError(`cannot write '${path}': ${describeSystemError(error)}`, { cause: error });
  let fd: number;
  try {
    fd = await fileSystem.open(temp, 'wx', existing?.mode ?? 0o666);
  } catch (error) {
    throw fail(error);
  }
  // What is written goes to disk while the rest is converted (SYNC_EVERY); the commit's sync then has only the tail to write.
  // Note: one sync at a time. It never rejects: a failure is kept, and fails the commit as the sync there would.
  let unsynced = 0;
  let syncing: Promise<void> | undefined;
  let syncFailure: { error: unknown } | undefined;
  const batcher = new Batcher(async (chunk) => {
    try {
      for (let at = 0; at < chunk.length; ) at += await fileSystem.write(fd, chunk, at);
    } catch (error) {
      throw fail(error);
    }
    unsynced += chunk.length;
    if (unsynced >= SYNC_EVERY && syncing === undefined) {
      unsynced = 0;
      syncing = fileSystem.fdatasync(fd).then(
        () => void (syncing = undefined),
        (error: unknown) => {
          syncing = undefined;
          syncFailure ??= { error };
        },
      );
    }
  });
  // Note: closed once only. The number of a closed descriptor is given to the next file opened, which a second close would close.
  let closed = false;
  const close = (): Promise<void> => {
    if (closed) return Promise.resolve();
    closed = true;
    return fileSystem.close(fd);
  };
  /** Closes the file, once the sync under way is done, and removes the temporary: the old file, if any, stays. */
  const removeTemp = async (): Promise<void> => {
    await syncing;
    await close().catch(() => undefined);
    await fileSystem.unlink(temp).catch(() => undefined);
  };
  return {
    write: (text) => batcher.write(text),
    flush: () => batcher.flush(),
    async commit() {
      try {
        await batcher.drain();
        await syncing;
        if (syncFailure !== undefined) throw fail(syncFailure.error);
        await fileSystem.fsync(fd);
        await close();
        await fileSystem.rename(temp, path);
      } catch (error) {
        await removeTemp();
        throw error instanceof IoError ? error : fail(error);
      }
    },
    async abort() {
      await batcher.discard();
      await removeTemp();
    },
    get bytes() {
      return batcher.bytes;
    },
  };
}
