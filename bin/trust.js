#!/usr/bin/env node
// The launcher: owner-only files from the first byte, then the built CLI.
process.umask(0o077);
const { main } = await import('../dist/cli.js');
const code = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  // TRUST_NOW (a local date-time, e.g. 2026-11-22T00:40) fixes the clock, for scripts and tests.
  ...(process.env.TRUST_NOW ? { now: () => new Date(process.env.TRUST_NOW) } : {}),
});
// Let stdout drain before leaving (a pipe may still hold a large export).
process.exitCode = code;
if (!process.stdout.writableNeedDrain) process.exit(code);
else process.stdout.once('drain', () => process.exit(code));
