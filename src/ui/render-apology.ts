import type { ChalkInstance } from 'chalk';
import type { ApologyCheck, PartName } from '../domain/apology.js';

const PART_LABELS: Record<PartName, string> = {
  acknowledgesHarm: 'Says how it affected them',
  remorse: 'Says sorry',
  responsibility: 'Owns it, naming what you did',
  commitmentToChange: 'Says what you will do differently',
  offerOfRepair: 'Offers to make it right (a plus)',
};

const VERDICT_WORDS = {
  genuine: 'This reads as a real apology: it names what happened, owns it, and says what will change.',
  incomplete: 'Nothing in it takes the apology back, but a part is still missing (see the list).',
  non_apology: 'Some phrases would take the apology back. Try the suggestions, then check again.',
} as const;

/** The draft with each problem phrase marked: coloured on a terminal, [1: bracketed] otherwise. */
export function highlightDraft(draft: string, check: ApologyCheck, color: ChalkInstance): string {
  // Overlapping phrases (an excuse inside a conditional, say) are marked once, with every number.
  const spans: Array<{ start: number; end: number; numbers: number[] }> = [];
  check.flags.forEach((f, i) => {
    const last = spans[spans.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.numbers.push(i + 1);
    } else spans.push({ start: f.start, end: f.end, numbers: [i + 1] });
  });
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += draft.slice(at, s.start);
    const phrase = draft.slice(s.start, s.end);
    const label = s.numbers.join(',');
    out += color.level > 0 ? `${color.red.underline(phrase)}${color.dim(`[${label}]`)}` : `[${label}: ${phrase}]`;
    at = s.end;
  }
  return out + draft.slice(at);
}

/** Problem phrases, numbered as in the draft, each with why it hurts and a better way. */
export function renderFlags(check: ApologyCheck, color: ChalkInstance): string[] {
  return check.flags.flatMap((f, i) => [
    `${color.red(`${i + 1}.`)} "${f.text}" ${color.dim(`(${f.kind.replace(/_/g, ' ')})`)}`,
    `   ${f.why}`,
    `   ${color.green('Try:')} ${f.suggestion}`,
  ]);
}

export function renderChecklist(check: ApologyCheck, color: ChalkInstance): string[] {
  return (Object.keys(PART_LABELS) as PartName[]).map((part) => {
    const present = check.parts[part];
    const mark = present ? color.green('✓') : part === 'offerOfRepair' ? color.dim('·') : color.yellow('✗');
    return `  ${mark} ${PART_LABELS[part]}`;
  });
}

/** The whole terminal view of a check. */
export function renderCheck(draft: string, check: ApologyCheck, color: ChalkInstance): string {
  const out = [highlightDraft(draft.trim(), check, color), ''];
  if (check.flags.length) out.push(...renderFlags(check, color), '');
  out.push(...renderChecklist(check, color), '', VERDICT_WORDS[check.verdict]);
  return out.join('\n');
}
