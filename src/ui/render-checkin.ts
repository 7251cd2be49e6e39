import type { ChalkInstance } from 'chalk';
import type { Checkin } from '../domain/checkin.js';
import { describeDay } from '../domain/journal-day.js';
import type { Question } from '../domain/questions.js';

function show(value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** A check-in as labelled lines, skipped answers left out. */
export function renderCheckin(c: Checkin, bank: readonly Question[], color: ChalkInstance): string {
  const lines = [color.bold(describeDay(c.date))];
  const values: Record<string, string | number | boolean | null | undefined> = {
    ...c.answers,
    trust: c.trust === null ? null : `${c.trust}/10`,
    mood: c.mood === null ? null : `${c.mood}/5`,
    talked: c.talked,
    win: c.win,
    trigger: c.trigger,
    note: c.note,
  };
  const width = Math.max(...bank.map((q) => q.label.length));
  for (const q of bank) {
    const text = show(values[q.id]);
    if (text === null) continue;
    const [first, ...rest] = text.split('\n');
    lines.push(`  ${color.dim(q.label.padEnd(width))}  ${first}`);
    for (const more of rest) lines.push(`  ${' '.repeat(width)}  ${more}`);
  }
  if (lines.length === 1) lines.push(color.dim('  (every question skipped)'));
  return lines.join('\n');
}

/** One line per check-in for `trust checkin list`. */
export function renderCheckinLine(c: Checkin, color: ChalkInstance): string {
  const parts = [
    c.trust === null ? null : `trust ${c.trust}/10`,
    c.mood === null ? null : `mood ${c.mood}/5`,
    c.talked === null ? null : c.talked ? 'talked' : 'did not talk',
    c.win ? `win: ${oneLine(c.win)}` : null,
    c.trigger ? `trigger: ${oneLine(c.trigger)}` : null,
  ].filter(Boolean);
  return `${color.bold(c.date)}  ${parts.join(' · ') || color.dim('(skipped)')}`;
}

function oneLine(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
