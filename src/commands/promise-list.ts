import { type Context, print, printJson, today } from '../context.js';
import { describeEvery, dueInWords, isOverdue, occurrenceKey, type TrustPromise } from '../domain/promises.js';
import { UserError } from '../errors.js';
import { promiseStore } from '../store/promises-store.js';
import { promiseJson } from './promise-mark.js';

export interface ListOptions {
  open?: boolean;
  overdue?: boolean;
  all?: boolean;
  json?: boolean;
}

/** `trust promise list`: open first (overdue at the top, then soonest due), then the resolved, newest first. */
export default async function listPromises(ctx: Context, opts: ListOptions): Promise<void> {
  if ([opts.open, opts.overdue, opts.all].filter(Boolean).length > 1) throw new UserError('Choose one of --open, --overdue or --all.');
  const settings = ctx.settings();
  const now = ctx.now();
  const store = promiseStore(ctx.db());
  const overdue = (p: TrustPromise) => isOverdue(p, now, settings.dayEndsAt);
  const chosen = (opts.all ? store.all() : store.open()).filter((p) => !opts.overdue || overdue(p));
  const sorted = [...chosen].sort((a, b) => rank(a) - rank(b) || order(a, b));
  function rank(p: TrustPromise): number {
    if (p.status !== 'open') return 3;
    if (overdue(p)) return 0;
    return p.due ? 1 : 2;
  }
  function order(a: TrustPromise, b: TrustPromise): number {
    if (a.status === 'open') return (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id - b.id;
    return (b.resolvedOn ?? '').localeCompare(a.resolvedOn ?? '') || b.id - a.id;
  }
  if (opts.json)
    return printJson(
      ctx,
      sorted.map((p) => promiseJson(p, ctx)),
    );
  if (sorted.length === 0) {
    const none = opts.overdue ? 'Nothing overdue.' : opts.all ? 'No promises yet.' : 'No open promises.';
    return print(ctx, `${none} Log one with: trust promise add "Home by 8 on Thursday" --due "thu 20:00"`);
  }
  const current = today(ctx);
  const c = ctx.color;
  const width = String(Math.max(...sorted.map((p) => p.id))).length;
  for (const p of sorted) {
    const id = c.dim(`${String(p.id).padStart(width)}.`);
    const to = p.to ? c.dim(` (to ${p.to})`) : '';
    let when = '';
    if (p.status === 'open' && p.every) {
      const key = occurrenceKey(p.every, current, settings.weekStartsOn);
      const marked = key ? store.occurrences(p.id).find((o) => o.occursOn === key) : undefined;
      const state =
        key === null
          ? 'not today'
          : marked
            ? `${p.every === 'week' ? 'this week' : 'today'}: ${marked.status}`
            : `${p.every === 'week' ? 'this week' : 'today'}: not marked yet`;
      when = c.cyan(`${describeEvery(p.every)} · ${state}`);
    } else if (p.status === 'open' && p.due) {
      when = overdue(p) ? c.red.bold(dueInWords(p.due, current, true)) : c.cyan(`due ${dueInWords(p.due, current, false)}`);
    } else if (p.status === 'open') {
      when = c.dim('no due date');
    } else {
      const label = p.endedOn ? 'ended' : p.status === 'released' ? 'renegotiated' : p.keptLate ? 'kept late' : p.status;
      const paint = p.status === 'kept' ? c.green : p.status === 'broken' ? c.red : c.yellow;
      when = `${paint(label)} ${c.dim(p.resolvedOn ?? '')}`;
    }
    print(ctx, `${id} ${p.text}${to}  ${when}`);
  }
}
