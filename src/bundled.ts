/**
 * Files the build writes beside the bundle: dist/worker.js, dist/chrono.cjs.
 * Bundled code runs from dist/chunks/ or from dist/ itself, so such a file is
 * one folder up or beside the caller; from source (the test runner) there is none.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The path of the built file `name`, seen from the module at `from` (its `import.meta.url`), or undefined. */
export function bundledFile(name: string, from: string): string | undefined {
  return [new URL(`../${name}`, from), new URL(`./${name}`, from)].map((url) => fileURLToPath(url)).find((path) => existsSync(path));
}
