/** Input sources: files checked up front (so a missing one fails before any output), read lazily as byte streams. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
