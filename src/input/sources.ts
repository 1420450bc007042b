/** Input sources: standard input or files, read lazily as byte streams. */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { IoError, type StopSignal, checkInterrupted, describeSystemError, interruption } from '../errors.js';
import { type Reader, fileSystem } from '../fs.js';

export interface Source {
  /** The name diagnostics use: the path as given, or `-` for standard input. */
  name: string;
  /** The chunks of the input. */
  read(): AsyncIterable<Uint8Array>;
}

const CHUNK = 64 * 1024;

/**
 * Sources for resolved input names (see `resolveInputs`); `-` is standard input.
 * Files are opened when read; standard input is asked for only then, as opening it costs a run that reads none.
 */
export function openSources(names: readonly string[], stdin: () => NodeJS.ReadableStream, signal?: StopSignal): Source[] {
  return names.map((name) => {
    const read = name === '-' ? () => stdin() as AsyncIterable<Uint8Array> : () => readFile(name);
    return { name, read: signal?.addEventListener === undefined ? read : () => untilStopped(name, read(), signal) };
  });
}

/**
 * The chunks of a source, but a request to stop ends a wait for the next one at once (`Interrupted`): standard input
 * or a pipe may keep the run waiting as long as its writer likes, where a stop is looked for only between chunks.
 * Note: the read waited for is left; the run ends without it (a pipe's open waiting for a writer is woken, see fs.ts).
 */
async function* untilStopped(name: string, chunks: AsyncIterable<Uint8Array>, signal: StopSignal): AsyncGenerator<Uint8Array> {
  const what = (): string => `stopped while reading ${name === '-' ? 'standard input' : name}; nothing was written over`;
  // Note: a promise per wait, not one raced against every read: a promise that never settles keeps every race's
  // result, and so every chunk read (100 MB of them for a 100 MB dump).
  let stopWaiting: (() => void) | undefined;
  const stop = (): void => {
    fileSystem.wakeWaitingOpens();
    stopWaiting?.();
  };
  signal.addEventListener?.('abort', stop);
  const iterator = chunks[Symbol.asyncIterator]();
  let waiting = false;
  try {
    for (;;) {
      checkInterrupted(signal, what);
      waiting = true;
      const read = iterator.next();
      const next = await new Promise<IteratorResult<Uint8Array>>((resolve, reject) => {
        stopWaiting = () => reject(interruption(signal, what));
        read.then(resolve, reject);
      });
      stopWaiting = undefined;
      waiting = false;
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener?.('abort', stop);
    // The reader closes its file; after a read it is still waiting for, when that read ends, if ever.
    const closed = iterator.return?.();
    if (!waiting) await closed;
    else closed?.catch(() => undefined);
  }
}

/**
 * A file's bytes in chunks of `CHUNK`, each a buffer of its own (the decoder may keep a line's bytes).
 * Note: read through a file descriptor, not a read stream: the stream modules cost a small conversion ~3 ms to load.
 * The next chunk is asked for before this one is handed on: a pipe's read, through the thread pool, then goes on
 * while the chunk is converted (waiting for each read in turn left the thread idle a twentieth of a run). A regular
 * file is read on this thread (see fs.ts), where the kernel's read-ahead keeps the next chunk ready.
 */
async function* readFile(path: string): AsyncIterable<Uint8Array> {
  const failed = (error: unknown): IoError => new IoError(`cannot read '${path}': ${describeSystemError(error)}`, { cause: error });
  let file: Reader;
  try {
    file = await fileSystem.openReader(path);
  } catch (error) {
    throw failed(error);
  }
  if (file.chunks !== undefined) {
    try {
      for await (const chunk of file.chunks) yield chunk;
    } catch (error) {
      throw failed(error);
    } finally {
      await file.close();
    }
    return;
  }
  const next = async (): Promise<Uint8Array | undefined> => {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let read: number;
    try {
      read = await file.read(chunk, 0, CHUNK);
    } catch (error) {
      throw failed(error);
    }
    if (read === 0) return undefined;
    return read === CHUNK ? chunk : chunk.subarray(0, read);
  };
  let ahead = next();
  try {
    for (;;) {
      const chunk = await ahead;
      if (chunk === undefined) return;
      ahead = next();
      yield chunk;
    }
  } finally {
    // A read still under way when the reader stops (or fails) is waited for, whatever it gives, before the close.
    await ahead.catch(() => undefined);
    await file.close();
  }
}

/**
 * Copies a one-shot source (standard input) to a temporary file so it can be
 * read twice, as Atom's first pass for the newest date needs. Memory stays flat.
 */
export async function spoolToFile(source: Source): Promise<{ source: Source; remove(): Promise<void> }> {
  const dir = await fileSystem.makeTempDir();
  const path = join(dir, 'stdin');
  try {
    // Note: the stream modules only here, for standard input (see readFile).
    const [{ Readable }, { pipeline }] = await Promise.all([import('node:stream'), import('node:stream/promises')]);
    await pipeline(Readable.from(source.read()), createWriteStream(path));
  } catch (error) {
    await fileSystem.remove(dir);
    throw new IoError(`cannot buffer standard input in ${dir}: ${describeSystemError(error)}`, { cause: error });
  }
  return { source: { name: source.name, read: () => readFile(path) }, remove: () => fileSystem.remove(dir) };
}
