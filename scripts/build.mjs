// Bundles the CLI into one file (a bundled start is ~1.3x bare node, unbundled ~2.5x)
// and builds the library entry with its dependencies left as imports.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // PROFILE=1 npm run build: readable names in CPU profiles (node --cpu-prof).
  minify: process.env.PROFILE !== '1',
};

// commander requires node:child_process (and with it net, dgram, …) only to run executable subcommands, which
// feedconv has none of: it gets a stand-in that loads the real module on first use, ~10 ms off every start.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// Chunk names carry a content hash: without this, every build would leave the last build's chunks behind (and in the package).
await rm('dist/chunks', { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli.ts', 'src/worker.ts'],
    outdir: 'dist',
    // Shared code and what commands import when they run go in chunks: `--version` loads only the command line.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Loaded only when a run needs them (--tags, language detection, feeds as input, front matter, a progress bar), from node_modules.
    plugins: [lazyChildProcess],
    external: ['compromise', 'tinyld', 'tinyld/light', 'htmlparser2', 'entities', 'entities/decode', 'yaml', 'cli-progress'],
    // commander is CommonJS: give its require() calls a real require in the ESM bundle.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  // chrono, in one CommonJS file that src/normalize/dates.ts loads synchronously the first time a text needs it.
  // chrono's parsers are chosen by class name (src/normalize/dates.ts): its bundle keeps names through minification.
  // Nothing else needs them, and keeping them costs a defineProperty for every function made, closures in hot loops included.
  build({ ...common, format: 'cjs', keepNames: true, entryPoints: ['chrono-node/en'], outfile: 'dist/chrono.cjs' }),
  // The library keeps its dependencies as imports (so they dedupe) and stays readable.
  build({ ...common, minify: false, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' }),
]);
