// Bundles the CLI into one file (a bundled start is ~1.3x bare node, unbundled ~2.5x)
// and builds the library entry with its dependencies left as imports.
import { execFileSync } from 'node:child_process';
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
  // Note: esbuild's table has Node 20 without `\p{…}` in regular expressions, and rewrites each such literal as a
  // `new RegExp(…)` made on every evaluation, inside hot functions too. Node 20's V8 has them.
  supported: { 'regexp-unicode-property-escapes': true },
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

// The core (src/core.ts) is a bundle of its own, dist/core.cjs, which src/load-core.ts runs from a code cache: in the
// command line's bundle, load-core's import of the core from source is left out.
const coreApart = {
  name: 'core-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/core\.js$/ }, (args) => (/load-core\.ts$/.test(args.importer) ? { path: args.path, external: true } : undefined));
  },
};

/** What every bundle leaves in node_modules, loaded only when a run needs it: --tags, language detection, feeds and HTML as input, front matter, a progress bar. */
const lazyPackages = ['compromise', 'tinyld', 'tinyld/light', 'htmlparser2', 'entities', 'entities/decode', 'yaml', 'cli-progress', 'markdown-it'];

// Chunk names carry a content hash: without this, every build would leave the last build's chunks behind (and in the package).
await rm('dist/chunks', { recursive: true, force: true });
// A cache is written for one build of the core only (src/load-core.ts checks): never leave an old one beside a new core.
await rm('dist/core.cjs.cache', { force: true });

/** The ES module bundles around the core: the command line and worker, and the build's cache writer. */
const esmBundle = {
  ...common,
  plugins: [lazyChildProcess, coreApart],
  external: lazyPackages,
  // commander is CommonJS: give its require() calls a real require in the ESM bundle.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await Promise.all([
  build({
    ...esmBundle,
    entryPoints: ['src/cli.ts', 'src/worker.ts'],
    outdir: 'dist',
    // Code the two share goes in a chunk; `--version` loads only the command line, a command the core as well.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  // The core, CommonJS so that V8 can start it from a code cache (Node 20 caches no ES module's code).
  build({
    ...common,
    format: 'cjs',
    entryPoints: ['src/core.ts'],
    outfile: 'dist/core.cjs',
    // The XML parser too is left in node_modules: only feeds as input need it.
    external: [...lazyPackages, 'fast-xml-parser'],
    // Its imports of packages become require() calls, made when first reached; a user's emitter module is imported
    // with the command line's import() (load-core.ts).
    supported: { ...common.supported, 'dynamic-import': false },
    define: { 'import.meta.url': '__feedconvUrl' },
    // Strict, as the ES modules it is built from: the directive must open the module function (load-core.ts wraps it).
    banner: { js: "'use strict'; var __feedconvUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  // chrono, in one CommonJS file that src/normalize/dates.ts loads synchronously the first time a text needs it.
  // chrono's parsers are chosen by class name (src/normalize/dates.ts): its bundle keeps names through minification.
  // Nothing else needs them, and keeping them costs a defineProperty for every function made, closures in hot loops included.
  build({ ...common, format: 'cjs', keepNames: true, entryPoints: ['chrono-node/en'], outfile: 'dist/chrono.cjs' }),
  // The library keeps its dependencies as imports (so they dedupe) and stays readable.
  build({ ...common, minify: false, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' }),
]);

// The core's code cache: conversions of the sample to every format compile the functions a run uses, then
// scripts/warm-cache.ts writes the cache beside dist/core.cjs. It runs from dist/, where load-core finds the core.
const warm = 'dist/warm-cache.mjs';
await build({ ...esmBundle, entryPoints: ['scripts/warm-cache.ts'], outfile: warm });
try {
  execFileSync(process.execPath, [warm], { stdio: 'inherit' });
} finally {
  await rm(warm, { force: true });
}
