/** Input sources: standard input or files, read lazily as byte streams. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IoError, describeSystemError } from '../errors.js';

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

async function* readFile(path: string): AsyncIterable<Uint8Array> {
  try {
    yield* createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Uint8Array>;
  } catch (error) {
    throw new IoError(`cannot read '${path}': ${describeSystemError(error)}`, { cause: error });
  }
}

/**
 * Copies a one-shot source (standard input) to a temporary file so it can be
 * read twice, as Atom's first pass for the newest date needs. Memory stays flat.
 */
export async function spoolToFile(source: Source): Promise<{ source: Source; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'feedconv-'));
  const path = join(dir, 'stdin');
  try {
    await pipeline(Readable.from(source.read()), createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new IoError(`cannot buffer standard input in ${dir}: ${describeSystemError(error)}`, { cause: error });
  }
  return { source: { name: source.name, read: () => readFile(path) }, remove: () => rm(dir, { recursive: true, force: true }) };
}
