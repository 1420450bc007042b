/**
 * Loads the core (core.ts) when a command runs. Built, the core is one CommonJS
 * file, dist/core.cjs, run from its code cache (cached.ts); from source (the
 * test runner) it is a plain import.
 */
import { bundledFile } from './bundled.js';
import { type Cached, debugCache, runCached } from './cached.js';

export type Core = typeof import('./core.js');

type Importer = (url: string) => Promise<unknown>;

let loading: Promise<Core> | undefined;
let loaded: Core | undefined;
let cached: Cached<Core> | undefined;
let importModule: Importer = (url) => import(url);

/** The core, loaded once. */
export function loadCore(): Promise<Core> {
  loading ??= load().then((core) => (loaded = core));
  return loading;
}

/** The core when a command has loaded it: its error classes are its own copies in the build. */
export function loadedCore(): Core | undefined {
  return loaded;
}

/**
 * How a user's emitter module (which may be an ES module) is imported: the
 * built command line runs from a code cache, where there is no `import()`, so
 * its starter (start.ts) hands it its own.
 */
export function useImporter(importer: Importer): void {
  importModule = importer;
}

async function load(): Promise<Core> {
  const file = bundledFile('core.cjs', import.meta.url);
  // Note: the build leaves this import out of the bundle; there, core.cjs is always beside it.
  if (file === undefined) return import('./core.js');
  cached = runCached<Core>(file);
  await debugCache('core', cached.cache);
  cached.exports.useImporter((url) => importModule(url));
  return cached.exports;
}

/** The code cache of the loaded core, with every function compiled so far: the build runs conversions, then writes it. */
export function coreCodeCache(): Buffer {
  if (cached === undefined) throw new Error('the built core is not loaded');
  return cached.codeCache();
}
