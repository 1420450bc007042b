// Bundles the CLI into one file (a bundled start is ~1.3x bare node, unbundled ~2.5x)
// and builds the library entry with its dependencies left as imports.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __FEEDCONV_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  // chrono's parsers are chosen by class name (src/normalize/dates.ts): keep names through minification.
  keepNames: true,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    // commander is CommonJS: give its require() calls a real require in the ESM bundle.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' }),
]);
