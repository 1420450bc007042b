#!/usr/bin/env node
// CommonJS (bin/package.json): see src/start.ts.
'use strict';

const { loadCli } = require('../dist/start.cjs');

loadCli()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
