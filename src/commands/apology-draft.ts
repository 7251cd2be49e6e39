import { type Context, print, printJson, today } from '../context.js';
import { CancelledError, UserError } from '../errors.js';
import { apologyStore } from '../store/apologies-store.js';
import { promiseStore } from '../store/promises-store.js';
import { canPrompt, loadPrompter } from '../ui/prompts.js';
import { renderCheck, renderFlags } from '../ui/render-apology.js';
import { apologyJson, check } from './apology-shared.js';
import { isoNow } from './shared.js';

export interface DraftOptions {
  about?: string;
  what?: string;
  impact?: string;
  own?: string;
  sorry?: string;
  change?: string;
  repair?: string;
  promise?: boolean;
  input?: boolean;
  json?: boolean;
}

/** The parts of an apology, in the order a person writes them. */
export const DRAFT_PARTS = [
  { key: 'what', ask: 'What did you do? Name it plainly.', example: 'I lied to you about where I was on Friday.' },
  { key: 'impact', ask: 'How did it affect them?', example: 'I know it made you feel you could not trust anything I said.' },
  { key: 'own', ask: 'Say that it was your responsibility.', example: 'That was my choice, and there is no excuse for it.' },
  { key: 'sorry', ask: 'Say you are sorry.', example: "I'm so sorry." },
  { key: 'change', ask: 'What will you do differently?', example: "From now on I'll tell you my plans before I go." },
  {
    key: 'repair',
    ask: 'What can you do to make it right? (optional)',
    example: 'If you are willing, I would like to answer any question you have.',
  },
] as const;
type PartKey = (typeof DRAFT_PARTS)[number]['key'];

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** `trust apology draft`: guided part by part, checked as it goes, then saved as version 1. */
export default async function apologyDraft(ctx: Context, opts: DraftOptions): Promise<void> {
  const parts: Partial<Record<PartKey, string>> = {};
  for (const p of DRAFT_PARTS) if (opts[p.key]?.trim()) parts[p.key] = opts[p.key]?.trim();
  let about = opts.about?.trim() || null;
  let makePromise = opts.promise === true;
  const interactive = canPrompt(ctx, opts.input === false);
  if (!interactive && Object.keys(parts).length === 0) {
    throw new UserError(
      'A draft needs a terminal to guide you, or its parts as flags: --what, --impact, --own, --sorry, --change, --repair.',
    );
  }
  if (interactive) {
    const prompt = await loadPrompter(ctx);
    try {
      print(ctx, ctx.color.dim('Part by part. Write it the way you would say it; Enter skips a part. Nothing is saved until the end.'));
      about ??= await prompt.text('In a few words, what is this apology about? (a title for your list)');
      for (const p of DRAFT_PARTS) {
        if (parts[p.key]) continue;
        const answer = await prompt.text(`${p.ask} ${ctx.color.dim(`e.g. "${p.example}"`)}`);
        if (!answer) continue;
        parts[p.key] = answer.trim();
        const feedback = check(answer);
        if (feedback.flags.length) for (const line of renderFlags(feedback, ctx.color)) print(ctx, line);
      }
      if (Object.keys(parts).length === 0) throw new CancelledError('Nothing written, so nothing saved.');
      const text = composeDraft(parts);
      print(ctx, '', ctx.color.bold('Your draft, read as a whole:'), renderCheck(text, check(text), ctx.color), '');
      if (!(await prompt.confirm('Save this draft?', true))) throw new CancelledError('Not saved.');
      if (parts.change && !opts.promise) makePromise = await prompt.confirm(`Log "${parts.change}" as a promise too?`, false);
    } catch (error) {
      if ((error as Error)?.name === 'ExitPromptError') throw new CancelledError('Cancelled — no draft saved.');
      throw error;
    }
  }
  if (makePromise && !parts.change)
    throw new UserError('--promise makes the "what I will do differently" part a promise: give it with --change.');
  const text = composeDraft(parts);
  const result = check(text);
  const db = ctx.db();
  const day = today(ctx);
  const at = isoNow(ctx);
  const { id, promiseId } = db
    .transaction(() => {
      const id = apologyStore(db).create(about, text, result.verdict, day, at);
      const promiseId =
        makePromise && parts.change
          ? promiseStore(db).add({ text: parts.change, due: null, every: null, to: null, madeOn: day, apologyId: id }, at)
          : null;
      return { id, promiseId };
    })
    .immediate();
  if (opts.json) return printJson(ctx, { ...apologyJson(apologyStore(db).require(id)), promiseId });
  if (!interactive) print(ctx, renderCheck(text, result, ctx.color), '');
  print(ctx, `Saved as apology draft ${id}.${promiseId ? ` Promise ${promiseId} logged: "${parts.change}".` : ''}`);
  print(ctx, ctx.color.dim(`Edit it later with: trust apology edit ${id}`));
}

/** The parts joined into one text, in order, each ending as a sentence. */
export function composeDraft(parts: Partial<Record<PartKey, string>>): string {
  return DRAFT_PARTS.map((p) => parts[p.key])
    .filter((t): t is string => Boolean(t))
    .map(sentence)
    .join(' ');
}
