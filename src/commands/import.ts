import { readFileSync } from 'node:fs';
import { text as readStream } from 'node:stream/consumers';
import { type Context, print, printJson } from '../context.js';
import { describeFileProblems, FORMAT_VERSION, journalFile } from '../domain/journal-file.js';
import { UserError } from '../errors.js';
import { importJournal } from '../store/journal-io.js';
import { isoNow } from './shared.js';

/** `trust import FILE`: validated first, then all or nothing. A bad file changes nothing and says where it is bad. */
export default async function importCommand(
  ctx: Context,
  path: string,
  opts: { dryRun?: boolean; replace?: boolean; json?: boolean },
): Promise<void> {
  let source: string;
  try {
    source = path === '-' ? await readStream(ctx.stdin) : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    throw new UserError(
      `${path} is not valid JSON${whereInJson(error as Error, source)}; nothing was imported. Is it a file from trust export?`,
    );
  }
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== 'trust-journal')
    throw new UserError(`${path} is not a file from trust export (no "format": "trust-journal"); nothing was changed.`);
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION)
    throw new UserError(
      `${path} was exported by a newer version of trust (format ${head.formatVersion}); update trust to import it. Nothing was changed.`,
    );
  const parsed = journalFile.safeParse(raw);
  if (!parsed.success)
    throw new UserError(`${path} cannot be imported, nothing was changed: ${describeFileProblems(parsed.error, source)}.`);
  const summary = importJournal(ctx.db(), parsed.data, { replace: opts.replace === true, dryRun: opts.dryRun === true, at: isoNow(ctx) });
  if (opts.json) return printJson(ctx, { dryRun: opts.dryRun === true, ...summary });
  const would = opts.dryRun ? 'Would import' : 'Imported';
  const c = summary.checkins;
  print(
    ctx,
    `${would}${summary.mode === 'replace' ? ' (replacing the journal)' : ''}: ${c.added} check-ins, ${summary.promises.added} promises, ${summary.apologies.added} apology drafts, and the settings.`,
  );
  const skipped = c.skipped + summary.promises.skipped + summary.apologies.skipped;
  if (skipped) print(ctx, `${skipped} already in the journal, left as they are.`);
  if (c.conflicts.length)
    print(
      ctx,
      `${c.conflicts.length} days already have a different check-in, kept as they are: ${c.conflicts.slice(0, 5).join(', ')}${c.conflicts.length > 5 ? '…' : ''}. Use --replace to take the file's.`,
    );
  if (opts.dryRun) print(ctx, ctx.color.dim('Dry run: nothing was changed.'));
}

/** " at line 3, column 14" from JSON.parse's "at position N" (Node 20), when it says one. */
function whereInJson(error: Error, source: string): string {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return source.trim() === '' ? ' (the file is empty)' : ' (it ends too early)';
  const before = source.slice(0, Number(m[1])).split('\n');
  return ` at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}
