import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import bankJson from '../../data/questions.json' with { type: 'json' };
import { type Context, print } from '../context.js';
import type { JournalFile } from '../domain/journal-file.js';
import { loadQuestionBank } from '../domain/questions.js';
import { UserError } from '../errors.js';
import { readJournal } from '../store/journal-io.js';
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

/** The journal as a readable Markdown document. */
export function journalMarkdown(file: JournalFile): string {
  const bank = loadQuestionBank(bankJson);
  const label = new Map(bank.map((q) => [q.id, q.label]));
  const out = ['# My trust journal', '', `Exported ${file.exportedAt.slice(0, 10)}.`, ''];
  out.push('## Check-ins', '');
  if (file.checkins.length === 0) out.push('None yet.', '');
  for (const c of file.checkins) {
    out.push(`### ${c.date}`, '');
    const values: Array<[string, unknown]> = [
      ['trust', c.trust === null ? null : `${c.trust}/10`],
      ['mood', c.mood === null ? null : `${c.mood}/5`],
      ['talked', c.talked],
      ...Object.entries(c.answers),
      ['win', c.win],
      ['trigger', c.trigger],
      ['note', c.note],
    ];
    for (const [id, v] of values) {
      if (v === null || v === undefined) continue;
      const shown = typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v).replace(/\n/g, '\n  ');
      out.push(`- **${label.get(id) ?? id}:** ${shown}`);
    }
    out.push('');
  }
  out.push('## Promises', '');
  if (file.promises.length === 0) out.push('None yet.', '');
  for (const p of file.promises) {
    const when = p.due ? ` (due ${p.due.replace('T', ' ')})` : p.every ? ` (every ${p.every})` : '';
    const state = p.status === 'open' ? 'open' : `${p.status}${p.keptLate ? ' late' : ''} on ${p.resolvedOn}`;
    out.push(`- #${p.id} ${p.text}${when}: made ${p.madeOn}, ${state}${p.note ? ` — ${p.note}` : ''}`);
    for (const o of p.occurrences) out.push(`  - ${o.occursOn}: ${o.status}${o.note ? ` — ${o.note}` : ''}`);
  }
  out.push('', '## Apology drafts', '');
  if (file.apologies.length === 0) out.push('None yet.', '');
  for (const a of file.apologies) {
    out.push(`### ${a.id}. ${a.about ?? 'Apology'}`, '');
    for (const v of a.versions)
      out.push(`Version ${v.version} (${v.day}, ${v.verdict.replace('_', '-')}):`, '', ...v.text.split('\n').map((l) => `> ${l}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
