import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Context, print } from '../context.js';
import { UserError } from '../errors.js';
import { readJournal } from '../store/journal-io.js';
import { journalMarkdown } from '../ui/render-journal.js';
import { isoNow } from './shared.js';

/** `trust export`: everything, as JSON (to import again) or Markdown (to read). */
export default async function exportJournal(ctx: Context, opts: { format?: 'json' | 'md'; out?: string }): Promise<void> {
  const file = readJournal(ctx.db(), isoNow(ctx));
  const text = opts.format === 'md' ? journalMarkdown(file) : `${JSON.stringify(file, null, 2)}\n`;
  if (opts.out === undefined) return void ctx.stdout.write(text);
  writeOwnerOnly(opts.out, text);
  print(
    ctx,
    `Exported ${file.checkins.length} check-ins, ${file.promises.length} promises and ${file.apologies.length} apology drafts to ${opts.out}.`,
  );
}

/** Written beside the target, then renamed over it: a crash never leaves half a file. Owner-only. */
export function writeOwnerOnly(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, path);
  } catch (error) {
    throw new UserError(
      `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the folder exists and is writable.`,
    );
  }
}
