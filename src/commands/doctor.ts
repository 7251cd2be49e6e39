import { chmodSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Context, print, printJson } from '../context.js';
import { UserError } from '../errors.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { bundledAddon, hasSqliteHeader } from '../store/open.js';
import { canPrompt, loadPrompter } from '../ui/prompts.js';

interface FileMode {
  path: string;
  mode: string;
  ownerOnly: boolean;
  size: number;
}

export interface DoctorReport {
  path: string;
  exists: boolean;
  sizeBytes: number;
  files: FileMode[];
  folder: FileMode | null;
  schemaVersion: number | null;
  programSchemaVersion: number;
  journalMode: string | null;
  integrity: string | null;
  counts: { checkins: number; promises: number; apologies: number } | null;
  problems: string[];
}

function modeOf(path: string): FileMode {
  const stat = statSync(path);
  const mode = stat.mode & 0o777;
  return { path, mode: mode.toString(8).padStart(4, '0'), ownerOnly: (mode & 0o077) === 0, size: stat.size };
}

/** Looks at the journal without changing it (unless --fix), and lists what is wrong. */
export function examine(path: string): DoctorReport {
  const report: DoctorReport = {
    path,
    exists: existsSync(path),
    sizeBytes: 0,
    files: [],
    folder: existsSync(dirname(path)) ? modeOf(dirname(path)) : null,
    schemaVersion: null,
    programSchemaVersion: SCHEMA_VERSION,
    journalMode: null,
    integrity: null,
    counts: null,
    problems: [],
  };
  if (!report.exists) return report;
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(path + suffix)) continue;
    const file = modeOf(path + suffix);
    report.files.push(file);
    report.sizeBytes += file.size;
  }
  for (const f of report.files)
    if (!f.ownerOnly)
      report.problems.push(`${f.path} is readable by others (mode ${f.mode}); run trust doctor --fix to make it owner-only.`);
  if (!hasSqliteHeader(path)) {
    report.problems.push(`${path} is not a SQLite database.`);
    return report;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...bundledAddon() });
    report.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    report.journalMode = db.pragma('journal_mode', { simple: true }) as string;
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    report.integrity = integrity.map((r) => r.integrity_check).join('; ');
    if (report.integrity !== 'ok')
      report.problems.push(`The integrity check found damage: ${report.integrity}. Restore from a backup (trust backup makes one).`);
    if (report.schemaVersion > SCHEMA_VERSION)
      report.problems.push(`The journal is from a newer version of trust (schema ${report.schemaVersion}); update trust.`);
    else if (report.schemaVersion === SCHEMA_VERSION) {
      const count = (table: string) => db?.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      report.counts = { checkins: count('checkins'), promises: count('promises'), apologies: count('apologies') };
    }
  } catch (error) {
    report.problems.push(`Cannot read the journal: ${(error as Error).message}.`);
  } finally {
    db?.close();
  }
  return report;
}

/** `trust doctor`: location, size, permissions, schema, integrity, counts. Exits 1 when something is wrong. */
export default async function doctor(ctx: Context, opts: { fix?: boolean; json?: boolean }): Promise<void> {
  let report = examine(ctx.dbPath);
  const loose = report.files.filter((f) => !f.ownerOnly);
  let fix = opts.fix === true;
  if (!fix && loose.length && !opts.json && canPrompt(ctx, false)) {
    fix = await (await loadPrompter(ctx)).confirm('Some journal files are readable by others. Make them owner-only now?', true);
  }
  if (fix && loose.length) {
    for (const f of loose) chmodSync(f.path, 0o600);
    report = examine(ctx.dbPath);
  }
  if (opts.json) printJson(ctx, report);
  else {
    const c = ctx.color;
    print(ctx, `Journal      ${report.path}`);
    if (!report.exists) print(ctx, 'No journal yet; it is created, owner-only, on first use.');
    else {
      print(ctx, `Size         ${(report.sizeBytes / 1024).toFixed(0)} KiB`);
      for (const f of report.files)
        print(ctx, `Permissions  ${f.mode} ${f.ownerOnly ? c.green('owner-only') : c.red('readable by others')}  ${f.path}`);
      if (report.folder) print(ctx, `Folder       ${report.folder.mode}  ${report.folder.path}`);
      print(ctx, `Schema       ${report.schemaVersion ?? '?'} (this trust knows ${report.programSchemaVersion})`);
      print(ctx, `Journal mode ${report.journalMode ?? '?'}`);
      print(ctx, `Integrity    ${report.integrity === 'ok' ? c.green('ok') : (report.integrity ?? '?')}`);
      if (report.counts)
        print(
          ctx,
          `Entries      ${report.counts.checkins} check-ins, ${report.counts.promises} promises, ${report.counts.apologies} apology drafts`,
        );
    }
    for (const p of report.problems) print(ctx, c.red(`Problem: ${p}`));
    if (report.exists && report.problems.length === 0) print(ctx, c.green('All well.'));
  }
  if (report.problems.length)
    throw new UserError(`doctor found ${report.problems.length} problem${report.problems.length > 1 ? 's' : ''}.`, 1);
}
