/**
 * Loads the core (core.ts) when a command runs. Built, the core is one CommonJS
 * file, dist/core.cjs, compiled from the V8 code cache the build wrote beside it:
 * compiling the core's functions cost a small conversion about 50 ms, half its
 * time past Node's own start. Node 20 keeps no code cache for ES modules
 * (`module.enableCompileCache` came in Node 22), hence CommonJS run by vm.Script.
 * From source (the test runner) the core is a plain import.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Script } from 'node:vm';
import { bundledFile } from './bundled.js';

export type Core = typeof import('./core.js');

let loading: Promise<Core> | undefined;
let loaded: Core | undefined;
let script: Script | undefined;

/** The core, loaded once. */
export function loadCore(): Promise<Core> {
  loading ??= load().then((core) => (loaded = core));
  return loading;
}

/** The core when a command has loaded it: its error classes are its own copies in the build. */
export function loadedCore(): Core | undefined {
  return loaded;
}

async function load(): Promise<Core> {
  const file = bundledFile('core.cjs', import.meta.url);
  // Note: the build leaves this import out of the bundle; there, core.cjs is always beside it.
  if (file === undefined) return import('./core.js');
  // Note: imported here, not at the top: `--version` loads this module too.
  const [{ createRequire }, { Script }] = await Promise.all([import('node:module'), import('node:vm')]);
  coreSource = readFileSync(file);
  const cachedData = codeCacheFor(file, coreSource);
  script = new Script(wrap(coreSource.toString('utf8')), { filename: file, ...(cachedData && { cachedData }) });
  // `NODE_DEBUG=feedconv`: whether the core started from its code cache. Note: node:util only then (its modules cost ~1 ms).
  if (process.env.NODE_DEBUG !== undefined) {
    const { debuglog } = await import('node:util');
    debuglog('feedconv')('core: %s', cachedData === undefined ? 'no code cache' : script.cachedDataRejected === true ? 'code cache rejected (another Node or V8 flags)' : 'started from the code cache');
  }
  const module = { exports: {} as Core };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  // A user's emitter module may be an ES module: the CommonJS core imports it with this bundle's import().
  module.exports.useImporter((url) => import(url));
  return module.exports;
}

/** The source as a CommonJS module function, the same text at build and at run time (the cache is tied to it). */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** The loaded core's source, which heads its cache file. */
let coreSource: Buffer | undefined;
/** The cache file's header: the length of the source that follows it. */
const HEADER_BYTES = 4;

/**
 * The code cache written for exactly this source, or undefined. The cache file
 * holds the source it was made for, compared byte for byte.
 * Note: V8 checks only a cache's length of source, so a cache left from another
 * build of the same length would run that build's functions: the comparison
 * rules it out. A copy, not a hash: hashing needs node:crypto (~5 ms of modules)
 * or a JavaScript loop (~4 ms cold); the copy costs a read of 230 KB.
 */
function codeCacheFor(file: string, source: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  if (data.length <= HEADER_BYTES) return undefined;
  const length = data.readUInt32LE(0);
  const start = HEADER_BYTES + length;
  return length === source.length && data.length > start && data.subarray(HEADER_BYTES, start).equals(source) ? data.subarray(start) : undefined;
}

/**
 * The code cache of the loaded core, with every function compiled so far, headed
 * by its source: the build runs conversions, then writes this beside core.cjs.
 */
export function coreCodeCache(): Buffer {
  if (script === undefined || coreSource === undefined) throw new Error('the built core is not loaded');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(coreSource.length);
  return Buffer.concat([header, coreSource, script.createCachedData()]);
}
