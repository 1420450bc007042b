/**
 * Files the build writes beside the bundles: dist/core.cjs, dist/worker.js,
 * dist/chrono.cjs. Bundled code runs from dist/, so such a file is beside the
 * caller; from source (the test runner) there is none.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of the built file `name`, seen from the module at `from` (its `import.meta.url`), or undefined. */
export function bundledFile(name: string, from: string): string | undefined {
  const path = fileURLToPath(new URL(`./${name}`, from));
  return existsSync(path) ? path : undefined;
}
