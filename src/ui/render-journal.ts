import bankJson from '../../data/questions.json' with { type: 'json' };
import type { JournalFile } from '../domain/journal-file.js';
import { loadQuestionBank } from '../domain/questions.js';

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
