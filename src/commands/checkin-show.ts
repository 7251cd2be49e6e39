import bankJson from '../../data/questions.json' with { type: 'json' };
import { type Context, print, printJson } from '../context.js';
import { describeDay } from '../domain/journal-day.js';
import { loadQuestionBank } from '../domain/questions.js';
import { UserError } from '../errors.js';
import { checkinStore } from '../store/checkins-store.js';
import { renderCheckin } from '../ui/render-checkin.js';
import { dayOption } from './shared.js';

/** `trust checkin show [DAY]`: one day's check-in, every answer given. */
export default async function checkinShow(ctx: Context, dayText: string | undefined, opts: { json?: boolean }): Promise<void> {
  const day = dayOption(ctx, 'The day', dayText, 'past');
  const found = checkinStore(ctx.db()).get(day);
  if (!found) {
    if (opts.json) throw new UserError(`There is no check-in for ${day}. See the days with: trust checkin list`);
    throw new UserError(`There is no check-in for ${describeDay(day)} (${day}). See the days with: trust checkin list`);
  }
  if (opts.json) return printJson(ctx, found);
  print(ctx, renderCheckin(found, loadQuestionBank(bankJson), ctx.color));
}
