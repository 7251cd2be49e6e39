import { type Context, print, printJson, today } from '../context.js';
import { UserError } from '../errors.js';
import { promiseStore } from '../store/promises-store.js';
import { promiseJson } from './promise-mark.js';
import { dayOption, idArgument } from './shared.js';

/** `trust promise end ID`: a recurring agreement is over. Its marked days stay as they were. */
export default async function endPromise(ctx: Context, idText: string, opts: { on?: string; json?: boolean }): Promise<void> {
  const id = idArgument('promise', idText);
  const day = dayOption(ctx, '--on', opts.on, 'past');
  if (day > today(ctx)) throw new UserError(`--on ${day} is in the future.`);
  const store = promiseStore(ctx.db());
  const p = store.require(id);
  if (p.every === null)
    throw new UserError(`Promise ${id} is a one-off promise, not a recurring agreement: mark it with done, broken, or release --note.`);
  if (p.endedOn !== null) throw new UserError(`Promise ${id} already ended on ${p.endedOn}.`);
  if (day < p.madeOn) throw new UserError(`Promise ${id} was made on ${p.madeOn}; it cannot end before that.`);
  ctx
    .db()
    .transaction(() => store.end(id, day))
    .immediate();
  if (opts.json) return printJson(ctx, promiseJson(store.require(id), ctx));
  print(ctx, `Agreement ${id} ended on ${day}: "${p.text}". Its marked days stay in the record.`);
}
