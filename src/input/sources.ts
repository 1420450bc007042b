/** Input sources: files checked up front (so a missing one fails before any output), read lazily as byte streams. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
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

/** Resolves the command line's inputs; no inputs, or `-`, is standard input. */
export async function openSources(inputs: readonly string[], stdin: NodeJS.ReadableStream): Promise<Source[]> {
  const names = inputs.length === 0 ? ['-'] : inputs;
  const sources: Source[] = [];
  for (const name of names) {
    if (name === '-') {
      sources.push({ name, read: () => stdin as AsyncIterable<Uint8Array> });
      continue;
    }
    let info;
    try {
      info = await stat(name);
    } catch (error) {
      throw new IoError(`cannot read '${name}': ${describeSystemError(error)}`, { cause: error });
    }
    if (info.isDirectory()) throw new IoError(`cannot read '${name}': is a directory (give the files inside it)`);
    sources.push({ name, read: () => readFile(name) });
  }
  return sources;
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
