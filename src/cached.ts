/**
 * Runs a built CommonJS bundle (dist/cli.cjs, dist/core.cjs) from the V8 code
 * cache the build wrote beside it (`<file>.cache`). Compiling a bundle's
 * functions cost a small conversion about 50 ms, half its time past Node's own
 * start; Node 20 keeps no code cache for ES modules or for `require`
 * (`module.enableCompileCache` came in Node 22), hence vm.Script.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { debug } from './debug.js';

export interface Cached<T> {
  exports: T;
  /** Whether the code came from the cache: `missing` or `rejected` (another Node, or V8 flags) compiled it afresh. */
  cache: 'used' | 'missing' | 'rejected';
  /** The cache of the functions compiled so far, headed by the source (see `cacheFor`): the build writes it. */
  codeCache(): Buffer;
}

/** The cache file's header: the length of the source that follows it. */
const HEADER_BYTES = 4;

/** A built bundle compiled, from its code cache when that was made for exactly this source, and not yet run. */
export interface Compiled {
  script: Script;
  source: Buffer;
  cache: Cached<unknown>['cache'];
}

/** Compiles the CommonJS bundle `file` without running it (`runCached` runs it; bench/stages.mjs stops between the two). */
export function compileCached(file: string): Compiled {
  const source = readFileSync(file);
  const cachedData = cacheFor(file, source);
  const script = new Script(wrap(source.toString('utf8')), { filename: file, ...(cachedData && { cachedData }) });
  return { script, source, cache: cachedData === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'used' };
}

/** Runs the CommonJS bundle `file` as `require` would, from its code cache when that was made for exactly this source. */
export function runCached<T>(file: string): Cached<T> {
  const { script, source, cache } = compileCached(file);
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache,
    codeCache() {
      const header = Buffer.alloc(HEADER_BYTES);
      header.writeUInt32LE(source.length);
      return Buffer.concat([header, source, script.createCachedData()]);
    },
  };
}

/** The source as a CommonJS module function, the same text at build and at run time (the cache is tied to it). */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** How much of the source's copy is read at a time. */
const PIECE = 64 * 1024;

/**
 * The code cache written for exactly this source, or undefined. The cache file
 * holds the source it was made for, compared byte for byte.
 * Note: V8 checks only a cache's length of source, so a cache left from another
 * build of the same length would run that build's functions: the comparison
 * rules it out. A copy, not a hash: hashing needs node:crypto (~5 ms of modules)
 * or a JavaScript loop (~4 ms cold). The copy is read a piece at a time into one
 * small buffer: read whole, it was the source's size again in fresh memory,
 * each page of it a fault (~11 µs on a virtual machine).
 */
function cacheFor(file: string, source: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(`${file}.cache`, 'r');
  } catch {
    return undefined;
  }
  try {
    const start = HEADER_BYTES + source.length;
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(HEADER_BYTES);
    if (size <= start || readAt(fd, header, 0) !== HEADER_BYTES || header.readUInt32LE(0) !== source.length) return undefined;
    const piece = Buffer.allocUnsafe(Math.min(PIECE, source.length));
    for (let at = 0; at < source.length; at += piece.length) {
      const part = piece.subarray(0, Math.min(piece.length, source.length - at));
      if (readAt(fd, part, HEADER_BYTES + at) !== part.length || !part.equals(source.subarray(at, at + part.length))) return undefined;
    }
    const data = Buffer.allocUnsafe(size - start);
    return readAt(fd, data, start) === data.length ? data : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Fills `buffer` from the file at `position`, as far as the file goes: the bytes read. */
function readAt(fd: number, buffer: Buffer, position: number): number {
  let at = 0;
  while (at < buffer.length) {
    const read = readSync(fd, buffer, at, buffer.length - at, position + at);
    if (read === 0) break;
    at += read;
  }
  return at;
}

/** `NODE_DEBUG=feedconv`: whether a bundle started from its code cache. */
export function debugCache(name: string, cache: Cached<unknown>['cache']): Promise<void> {
  return debug('%s: %s', name, cache === 'missing' ? 'no code cache' : cache === 'rejected' ? 'code cache rejected (another Node or V8 flags)' : 'started from the code cache');
}
