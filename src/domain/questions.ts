import { z } from 'zod';
import type { Role } from './settings.js';

/** The check-in question bank: content in `data/questions.json`, checked here when loaded. */
export const questionSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z]+$/),
  for: z.enum(['everyone', 'repairing', 'healing']),
  kind: z.enum(['scale', 'yesno', 'text']),
  /** A short label for lists and the report. */
  label: z.string().min(1),
  ask: z.string().min(1),
  hint: z.string().optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** Asked after the promises due today (the free note). */
  last: z.boolean().optional(),
});
export const questionBankSchema = z
  .strictObject({ version: z.literal(1), questions: z.array(questionSchema).min(1) })
  .refine((bank) => new Set(bank.questions.map((q) => q.id)).size === bank.questions.length, 'question ids must be unique')
  .refine(
    (bank) => bank.questions.every((q) => q.kind !== 'scale' || (q.min !== undefined && q.max !== undefined)),
    'a scale needs min and max',
  );

export type Question = z.infer<typeof questionSchema>;

/** The fields every check-in has a column (and a flag) for; other answers are kept by question id. */
export const CORE_FIELDS = ['trust', 'mood', 'talked', 'win', 'trigger', 'note'] as const;

export function loadQuestionBank(raw: unknown): Question[] {
  const parsed = questionBankSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`data/questions.json is not a valid question bank:\n${z.prettifyError(parsed.error)}`);
  const ids = new Set(parsed.data.questions.map((q) => q.id));
  for (const field of CORE_FIELDS) if (!ids.has(field)) throw new Error(`data/questions.json has no "${field}" question`);
  return parsed.data.questions;
}

/** The questions for a role, in order, with the partner's name (or "your partner") filled in. */
export function questionsFor(bank: readonly Question[], role: Role, partner: string | null): Question[] {
  return bank
    .filter((q) => q.for === 'everyone' || role === 'both' || q.for === role)
    .map((q) => ({ ...q, ask: q.ask.replaceAll('{partner}', partner ?? 'your partner') }));
}
