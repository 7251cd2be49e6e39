import { type Context, print, printJson, today } from '../context.js';
import { describeEvery, dueInWords, parseEvery } from '../domain/promises.js';
import { dueDay, parseWhen, WHEN_EXAMPLES } from '../domain/when.js';
import { UserError } from '../errors.js';
import { promiseStore } from '../store/promises-store.js';
import { promiseJson } from './promise-mark.js';
import { dayOption, isoNow, textOption } from './shared.js';

export interface AddPromiseOptions {
  due?: string;
  every?: string;
  to?: string;
  on?: string;
  json?: boolean;
}

/** `trust promise add TEXT`: logs a promise, one-off (maybe with a due time) or recurring. */
export default async function addPromise(ctx: Context, text: string, opts: AddPromiseOptions): Promise<void> {
  if (text.trim() === '')
    throw new UserError('The promise is empty. Say what you promised, e.g. trust promise add "Home by 8 on Thursday".');
  const current = today(ctx);
  const madeOn = dayOption(ctx, '--on', opts.on, 'past');
  if (madeOn > current) throw new UserError(`--on ${madeOn} is in the future; a promise is logged on the day it was made.`);
  if (opts.due !== undefined && opts.every !== undefined)
    throw new UserError('Give --due for a one-off promise or --every for a recurring one, not both.');
  let due: string | null = null;
  if (opts.due !== undefined) {
    due = parseWhen(opts.due, ctx.now(), current);
    if (!due) throw new UserError(`--due "${opts.due}" is not a time trust can read. Try: ${WHEN_EXAMPLES}.`);
    if (dueDay(due) < madeOn) throw new UserError(`--due ${due.replace('T', ' ')} is before the day the promise was made (${madeOn}).`);
  }
  let every = null;
  if (opts.every !== undefined) {
    every = parseEvery(opts.every);
    if (!every)
      throw new UserError(`--every "${opts.every}" is not a rhythm trust knows. Use day, weekdays, week, or a day of the week (mon..sun).`);
  }
  const to = textOption('--to', opts.to);
  const store = promiseStore(ctx.db());
  const db = ctx.db();
  const id = db.transaction(() => store.add({ text: text.trim(), due, every, to, madeOn }, isoNow(ctx))).immediate();
  const added = store.require(id);
  if (opts.json) return printJson(ctx, promiseJson(added, ctx));
  const when = due ? `, due ${dueInWords(due, current, false)}` : every ? `, ${describeEvery(every)}` : '';
  print(ctx, `Promise ${id} logged${when}: "${added.text}".`);
  if (every) print(ctx, ctx.color.dim(`Mark each time in the check-in, or with: trust promise done ${id}`));
}
