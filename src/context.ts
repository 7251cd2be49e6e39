import type { ChalkInstance } from 'chalk';
import { journalDay } from './domain/journal-day.js';
import type { Settings } from './domain/settings.js';
import type { Db } from './store/open.js';

/** What writes to the terminal: `process.stdout` in the program, a buffer in tests. */
export interface Out {
  write(text: string): unknown;
}

/**
 * Everything a command needs from the world, injected so tests can build only the slice they use
 * (`Pick<Context, 'db' | 'now'>`).
 */
export interface Context {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream;
  /** Output stream given to prompts (the real stdout in the program). */
  promptOutput: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  color: ChalkInstance;
  /** True when stdin and stdout are terminals; prompts are allowed only then. */
  isTerminal: boolean;
  dbPath: string;
  /** The journal, opened on first use. */
  db: () => Db;
  settings: () => Settings;
}

export function today(ctx: Pick<Context, 'now' | 'settings'>): string {
  return journalDay(ctx.now(), ctx.settings().dayEndsAt);
}

/** Writes lines to stdout; `print(ctx)` writes an empty line. */
export function print(ctx: Pick<Context, 'stdout'>, ...lines: string[]): void {
  ctx.stdout.write(`${(lines.length ? lines : ['']).join('\n')}\n`);
}

export function printJson(ctx: Pick<Context, 'stdout'>, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
