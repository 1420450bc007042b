#!/usr/bin/env node
// CommonJS (bin/package.json): see src/start.ts.
'use strict';

const { loadCli } = require('../dist/start.cjs');

const cli = loadCli().exports;
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // With nothing left to write, end now rather than let Node take the heap apart (see mayExitNow).
  if (cli.mayExitNow()) process.exit();
});
