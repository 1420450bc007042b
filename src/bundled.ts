/**
 * Files the build writes beside the bundles: dist/core.cjs, dist/worker.js,
 * dist/chrono.cjs. Bundled code runs from dist/, so such a file is beside the
 * caller; from source (the test runner) there is none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the cached bundle (dist/cli.cjs, dist/core.cjs) this code is built into: the build defines it. */
declare const FEEDCONV_DIST: string | undefined;

/** The path of the built file `name`, seen from the module at `from` (its `import.meta.url`), or undefined. */
export function bundledFile(name: string, from: string): string | undefined {
  // Note: a cached bundle's folder always holds the other built files: no URL to parse, no file to look for (~0.4 ms of a start).
  if (typeof FEEDCONV_DIST === 'string') return join(FEEDCONV_DIST, name);
  const path = fileURLToPath(new URL(`./${name}`, from));
  return existsSync(path) ? path : undefined;
}
