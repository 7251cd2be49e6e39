import { type Context, print, printJson, today } from '../context.js';
import { addDaysToDay, daysBetween, monthOf, type Period, weekOf } from '../domain/journal-day.js';
import { buildReport, lastDayOf } from '../domain/report.js';
import { UserError } from '../errors.js';
import { apologyStore } from '../store/apologies-store.js';
import { checkinStore } from '../store/checkins-store.js';
import { journalIsEmpty } from '../store/journal-empty.js';
import { promiseStore } from '../store/promises-store.js';
import { renderReport, renderReportMarkdown } from '../ui/render-report.js';
import { dayOption } from './shared.js';

export interface ReportOptions {
  week?: boolean;
  month?: boolean;
  from?: string;
  to?: string;
  of?: string;
  json?: boolean;
  format?: 'text' | 'md';
}

/** Which period the flags ask for; the week follows the weekStartsOn setting. */
export function choosePeriod(
  ctx: Pick<Context, 'now' | 'settings'>,
  opts: ReportOptions,
): { period: Period; kind: 'week' | 'month' | 'custom' } {
  if (opts.week && opts.month) throw new UserError('Choose --week or --month, not both.');
  if (opts.from !== undefined || opts.to !== undefined) {
    if (opts.week || opts.month || opts.of) throw new UserError('--from/--to give their own period: leave out --week, --month and --of.');
    if (opts.from === undefined) throw new UserError('--to needs --from as well, e.g. --from 2026-11-01 --to 2026-11-15.');
    const from = dayOption(ctx, '--from', opts.from, 'past');
    const to = dayOption(ctx, '--to', opts.to, 'past');
    if (from > to) throw new UserError(`--from ${from} is after --to ${to}.`);
    if (daysBetween(from, to) > 3660) throw new UserError('That period is longer than ten years; choose a shorter one.');
    return { period: { from, to }, kind: 'custom' };
  }
  const day = dayOption(ctx, '--of', opts.of, 'past');
  if (opts.month) return { period: monthOf(day), kind: 'month' };
  return { period: weekOf(day, ctx.settings().weekStartsOn), kind: 'week' };
}

/** `trust report`: the weekly (or monthly, or custom) review. */
export default async function report(ctx: Context, opts: ReportOptions): Promise<void> {
  if (opts.json && opts.format === 'md') throw new UserError('Choose --json or --format md, not both.');
  const { period, kind } = choosePeriod(ctx, opts);
  const settings = ctx.settings();
  const db = ctx.db();
  const checkins = checkinStore(db);
  const promises = promiseStore(db);
  const length = daysBetween(period.from, period.to) + 1;
  const current = today(ctx);
  const r = buildReport({
    period,
    kind,
    today: current,
    now: ctx.now(),
    dayEndsAt: settings.dayEndsAt,
    checkins: checkins.between(addDaysToDay(period.from, -3 * length), period.to),
    checkinDays: checkins.streakDays(lastDayOf(period, current)),
    promises: promises.touching(period.from, period.to),
    occurrences: promises.occurrencesMarkedBetween(period.from, period.to),
    apologiesWorkedOn: apologyStore(db).workedOnBetween(period.from, period.to),
    journalIsEmpty: journalIsEmpty(db),
  });
  if (opts.json) return printJson(ctx, r);
  if (opts.format === 'md') return void ctx.stdout.write(renderReportMarkdown(r, kind));
  print(ctx, renderReport(r, kind, ctx.color));
}
