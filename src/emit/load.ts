/** User emitters (`--emitter ./path.js`): a module whose default export implements `Emitter`. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import type { Emitter } from '../model.js';
import { emitters } from './index.js';

type Importer = (url: string) => Promise<unknown>;
let importModule: Importer = (url) => import(url);

/** How emitter modules are imported: the built core (CommonJS, load-core.ts) is handed the ES module loader's import. */
export function useImporter(importer: Importer): void {
  importModule = importer;
}

/** Loads each module and adds its emitter to a copy of the built-in registry. */
export async function loadEmitters(paths: readonly string[]): Promise<Record<string, Emitter>> {
  const registry: Record<string, Emitter> = { ...emitters };
  for (const path of paths) {
    let module: { default?: unknown };
    try {
      module = (await importModule(pathToFileURL(resolve(path)).href)) as { default?: unknown };
    } catch (error) {
      throw new UsageError(`cannot load emitter '${path}': ${error instanceof Error ? error.message : String(error)}`);
    }
    const emitter = checkEmitter(module.default, path);
    if (emitter.name in emitters) throw new UsageError(`emitter '${path}' is named '${emitter.name}', which a built-in format already uses`);
    registry[emitter.name] = emitter;
  }
  return registry;
}

function checkEmitter(value: unknown, path: string): Emitter {
  const candidate = value as Partial<Emitter> | undefined;
  const problems: string[] = [];
  if (typeof candidate !== 'object' || candidate === null) {
    throw new UsageError(`emitter '${path}' has no default export object; export default { name, extension, mediaType, emit }`);
  }
  if (typeof candidate.name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(candidate.name)) problems.push('name (lowercase letters, digits, -)');
  if (typeof candidate.extension !== 'string' || !candidate.extension.startsWith('.')) problems.push("extension (such as '.csv')");
  if (typeof candidate.mediaType !== 'string') problems.push('mediaType');
  if (typeof candidate.emit !== 'function') problems.push('emit(feed, items, options)');
  if (problems.length > 0) throw new UsageError(`emitter '${path}' lacks ${problems.join(', ')}`);
  return { description: '', ...candidate } as Emitter;
}
