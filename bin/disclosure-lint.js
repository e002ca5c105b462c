#!/usr/bin/env node
'use strict';
// Tiny shim: the CLI lives in the bundle; main() resolves to the exit code.
const { main } = require('../dist/cli.js');
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`disclosure-lint: internal error: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
