#!/usr/bin/env node
// The launcher: owner-only files from the first byte, then the built CLI. CommonJS (bin/package.json)
// because on Node 20 loading ESM costs more start-up time than the whole program.
'use strict';
process.umask(0o077);
// A reader that stops early (`trust export | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = require('../dist/launch.cjs');

main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: process.stdin is created (and readline loaded) only if a command reads it.
  get stdin() {
    return process.stdin;
  },
  isTerminal: require('node:tty').isatty(0) && require('node:tty').isatty(1),
  env: process.env,
  // TRUST_NOW (a local date-time, e.g. 2026-11-22T00:40) fixes the clock, for scripts and tests.
  ...(process.env.TRUST_NOW ? { now: () => new Date(process.env.TRUST_NOW) } : {}),
}).then((code) => {
  process.exitCode = code;
  // Let stdout drain before leaving (a pipe may still hold a large export).
  if (!process.stdout.writableNeedDrain) process.exit(code);
  else process.stdout.once('drain', () => process.exit(code));
});
