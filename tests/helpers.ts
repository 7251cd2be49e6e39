import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach } from 'vitest';
import { main } from '../src/cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trust-test-'));
  made.push(dir);
  return dir;
}

export const BIN = join(import.meta.dirname, '..', 'bin', 'trust.js');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a child process, with no terminal and a temporary home. */
export function runBin(args: string[], opts: { db: string; now?: string; env?: Record<string, string>; input?: string; tz?: string }): Ran {
  const home = join(opts.db, '..');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 15000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_DATA_HOME: join(home, 'xdg'),
      TRUST_DB: opts.db,
      TZ: opts.tz ?? 'Europe/London',
      ...(opts.now ? { TRUST_NOW: opts.now } : {}),
      ...opts.env,
    },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the program in-process against `db`, with a fixed clock and no terminal. */
export async function runIn(args: string[], opts: { db: string; now?: Date; env?: Record<string, string> }): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end();
  const code = await main({
    argv: args,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: { TRUST_DB: opts.db, ...opts.env },
    now: () => opts.now ?? new Date(2026, 10, 22, 21, 30),
  });
  return { code, stdout, stderr };
}

/** A path for a journal in a fresh temporary folder. */
export function tempDb(): string {
  return join(tempDir(), 'journal.db');
}
