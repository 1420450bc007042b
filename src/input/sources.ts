/** Input sources: standard input or files, read lazily as byte streams. */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { IoError, describeSystemError } from '../errors.js';
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
export function openSources(names: readonly string[], stdin: () => NodeJS.ReadableStream): Source[] {
  return names.map((name) => (name === '-' ? { name, read: () => stdin() as AsyncIterable<Uint8Array> } : { name, read: () => readFile(name) }));
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
