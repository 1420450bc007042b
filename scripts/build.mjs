// Bundles the CLI into one file (a bundled start is ~1.3x bare node, unbundled ~2.5x)
// and builds the library entry with its dependencies left as imports.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
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

// chalk works out, as it loads, whether standard output and error take colour, for its default instances: that loads
// node:tty, and with it node:net, on every start. feedconv never uses those instances (src/report.ts makes its own at
// the level it decides), so chalk gets a stand-in that says neither does.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'chalk-without-detection' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'chalk-without-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
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

// A cache is written for one build of a bundle only (src/cached.ts checks): never leave an old one beside a new bundle.
await rm('dist/core.cjs.cache', { force: true });
await rm('dist/cli.cjs.cache', { force: true });
// Left by builds before the command line was CommonJS: an ES module and the chunk it shared with the worker.
await rm('dist/cli.js', { force: true });
await rm('dist/chunks', { recursive: true, force: true });

/**
 * The bundles run from a code cache (src/cached.ts): CommonJS, as V8 can start only
 * a script from a cache (Node 20 caches no ES module's code). Their imports of
 * packages become require() calls, made when first reached; a user's emitter module
 * is imported with the starter's import() (src/start.ts, src/load-core.ts).
 */
const cachedBundle = {
  ...common,
  format: 'cjs',
  supported: { ...common.supported, 'dynamic-import': false },
  // import.meta.url is worked out when first asked for: a small conversion never asks.
  define: { 'import.meta.url': '__feedconv.url', FEEDCONV_DIST: '__dirname' },
  // Strict, as the ES modules it is built from: the directive must open the module function (cached.ts wraps it).
  banner: { js: "'use strict'; var __feedconv = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};

await Promise.all([
  // The command line: `--version` and `--help` load it alone; a command loads the core as well.
  build({ ...cachedBundle, plugins: [lazyChildProcess, coreApart], external: lazyPackages, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs' }),
  // What bin/feedconv.js requires: it runs the command line from its cache.
  build({ ...common, format: 'cjs', entryPoints: ['src/start.ts'], outfile: 'dist/start.cjs' }),
  // A batch's worker thread, an ES module (it loads the core as the command line does).
  build({
    ...common,
    plugins: [coreApart],
    external: lazyPackages,
    entryPoints: ['src/worker.ts'],
    outfile: 'dist/worker.js',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  // The core. The XML parser too is left in node_modules: only feeds as input need it.
  build({
    ...cachedBundle,
    plugins: [chalkWithoutDetection],
    entryPoints: ['src/core.ts'],
    outfile: 'dist/core.cjs',
    external: [...lazyPackages, 'fast-xml-parser'],
  }),
  // chrono, in one CommonJS file that src/normalize/dates.ts loads synchronously the first time a text needs it.
  // chrono's parsers are chosen by class name (src/normalize/dates.ts): its bundle keeps names through minification.
  // Nothing else needs them, and keeping them costs a defineProperty for every function made, closures in hot loops included.
  build({ ...common, format: 'cjs', keepNames: true, entryPoints: ['chrono-node/en'], outfile: 'dist/chrono.cjs' }),
  // chrono's parsers for the other languages whose dates are read (src/months.ts), apart: only their dates load them.
  build({ ...common, format: 'cjs', entryPoints: ['src/chrono-intl.ts'], outfile: 'dist/chrono-intl.cjs' }),
  // The library keeps its dependencies as imports (so they dedupe) and stays readable.
  build({ ...common, minify: false, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' }),
]);

// The cached bundles in ASCII: V8 keeps a source with any other character as two bytes a character, which doubles the
// strings a start reads, copies and hashes (~1 ms of the sample's start). esbuild escapes non-ASCII characters in
// strings but not in regular expressions; there, `\uXXXX` means the same character, in a pattern with or without `u`.
for (const file of ['dist/cli.cjs', 'dist/core.cjs']) {
  const source = await readFile(file, 'utf8');
  const escaped = source.replace(/[^\0-\x7f]/g, (char, at) => {
    // Note: after a backslash the escape would change meaning (`\·` is `·`, `\\u00b7` is not); esbuild writes none.
    if (source[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at ${at}`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  await writeFile(file, escaped);
}

// The code caches: conversions of the sample to every format compile the functions a run uses, then
// scripts/warm-cache.ts writes the caches beside dist/cli.cjs and dist/core.cjs. It runs from dist/, beside them.
const warm = 'dist/warm-cache.cjs';
await build({ ...common, format: 'cjs', entryPoints: ['scripts/warm-cache.ts'], outfile: warm, external: ['./start.cjs'] });
try {
  execFileSync(process.execPath, [warm], { stdio: 'inherit' });
} finally {
  await rm(warm, { force: true });
}
