import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Context, print, printJson } from '../context.js';
import { dateToDay } from '../domain/journal-day.js';
import { UserError } from '../errors.js';

/** `trust backup [FILE]`: a consistent copy through SQLite's online backup, safe while trust is in use. */
export default async function backup(ctx: Context, file: string | undefined, opts: { json?: boolean }): Promise<void> {
  const db = ctx.db();
  const target = file ?? defaultBackupPath(ctx.dbPath, ctx.now());
  if (file !== undefined && existsSync(file)) throw new UserError(`${file} already exists; choose a new name so no backup is overwritten.`);
  try {
    await db.backup(target);
    chmodSync(target, 0o600);
  } catch (error) {
    throw new UserError(`Cannot write the backup to ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (opts.json) return printJson(ctx, { path: target });
  print(ctx, `Backed up to ${target}`);
}

/** journal-backup-2026-11-22.db beside the journal; -2, -3… when one from today already exists. */
export function defaultBackupPath(dbPath: string, now: Date): string {
  const base = join(dirname(dbPath), `journal-backup-${dateToDay(now)}`);
  let candidate = `${base}.db`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}.db`;
  return candidate;
}
