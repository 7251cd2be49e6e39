import { type Context, print, printJson, today } from '../context.js';
import { decideMark, isOverdue, type Mark, type TrustPromise } from '../domain/promises.js';
import { UserError } from '../errors.js';
import { promiseStore } from '../store/promises-store.js';
import { dayOption, idArgument, isoNow, textOption } from './shared.js';

/** A promise as the JSON contract shows it, plus whether it is overdue now. */
export function promiseJson(p: TrustPromise, ctx: Pick<Context, 'now' | 'settings'>) {
  return { ...p, overdue: isOverdue(p, ctx.now(), ctx.settings().dayEndsAt) };
}

export interface MarkOptions {
  on?: string;
  note?: string;
  json?: boolean;
}

const SAID: Record<Mark, string> = { kept: 'kept', broken: 'broken', released: 'renegotiated' };

/** `trust promise done|broken|release ID`: checks the transition in the domain, then writes it. */
export async function markPromise(ctx: Context, mark: Mark, idText: string, opts: MarkOptions): Promise<void> {
  const id = idArgument('promise', idText);
  const note = textOption('--note', opts.note);
  const day = dayOption(ctx, '--on', opts.on, 'past');
  const current = today(ctx);
  if (day > current) throw new UserError(`--on ${day} is in the future; mark a promise on the day it happened.`);
  const store = promiseStore(ctx.db());
  const p = store.require(id);
  const result = decideMark(
    p,
    { mark, day, now: ctx.now(), note, isNow: opts.on === undefined, ...ctx.settings() },
    p.every ? store.occurrences(id) : [],
  );
  if (!result.ok) throw new UserError(result.message);
  const at = isoNow(ctx);
  ctx
    .db()
    .transaction(() => store.applyMark(id, result, at))
    .immediate();
  const after = store.require(id);
  if (opts.json) {
    const occurrence = result.kind === 'occurrence' ? result.occurrence : undefined;
    return printJson(ctx, occurrence ? { ...promiseJson(after, ctx), occurrence } : promiseJson(after, ctx));
  }
  if (result.kind === 'occurrence') {
    const which = p.every === 'week' ? `the week of ${result.occurrence.occursOn}` : result.occurrence.occursOn;
    print(ctx, `Promise ${id}, ${which}: ${SAID[mark]}. "${p.text}"`);
  } else {
    const late = result.keptLate ? ' (late, and still kept)' : '';
    print(ctx, `Promise ${id} ${SAID[mark]}${late}: "${p.text}"`);
  }
  if (mark === 'kept') print(ctx, ctx.color.dim('Small promises kept, every time: that is how trust comes back.'));
}
