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
  // Note: imported here, not at the top: `--version` loads this module too, and node:crypto alone is some twenty modules.
  const [{ createHash }, { createRequire }, { debuglog }, { Script }] = await Promise.all([
    import('node:crypto'),
    import('node:module'),
    import('node:util'),
    import('node:vm'),
  ]);
  const source = readFileSync(file, 'utf8');
  sourceHash = createHash('sha256').update(source).digest();
  const cachedData = codeCacheFor(file, sourceHash);
  script = new Script(wrap(source), { filename: file, ...(cachedData && { cachedData }) });
  // `NODE_DEBUG=feedconv`: whether the core started from its code cache.
  debuglog('feedconv')('core: %s', cachedData === undefined ? 'no code cache' : script.cachedDataRejected === true ? 'code cache rejected (another Node or V8 flags)' : 'started from the code cache');
  const module = { exports: {} as Core };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  // A user's emitter module may be an ES module: the CommonJS core imports it with this bundle's import().
  module.exports.useImporter((url) => import(url));
  return module.exports;
}

/** The source as a CommonJS module function, the same text at build and at run time (the cache is tied to it). */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** The SHA-256 of the loaded core's source, which heads its cache file. */
let sourceHash: Buffer | undefined;
const HASH_BYTES = 32;

/**
 * The code cache written for exactly this source, or undefined.
 * Note: V8 checks only a cache's length of source, so a cache left from another
 * build of the same length would run that build's functions: the hash rules it out.
 */
function codeCacheFor(file: string, hash: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  return data.length > HASH_BYTES && data.subarray(0, HASH_BYTES).equals(hash) ? data.subarray(HASH_BYTES) : undefined;
}

/**
 * The code cache of the loaded core, with every function compiled so far, headed
 * by its source's hash: the build runs conversions, then writes this beside core.cjs.
 */
export function coreCodeCache(): Buffer {
  if (script === undefined || sourceHash === undefined) throw new Error('the built core is not loaded');
  return Buffer.concat([sourceHash, script.createCachedData()]);
}
