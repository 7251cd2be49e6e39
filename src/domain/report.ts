import type { Checkin } from './checkin.js';
import { streakEndingOn } from './checkin.js';
import { addDaysToDay, type Day, daysIn, type Period, previousPeriod } from './journal-day.js';
import { keepRate, markEvents } from './promise-stats.js';
import { isOverdue, isOverdueAtEndOf, type Occurrence, type TrustPromise } from './promises.js';

/** What the report is built from: plain rows, fetched by the store. */
export interface ReportInput {
  period: Period;
  kind: 'week' | 'month' | 'custom';
  /** The current journal day and instant (for the streak and what is overdue right now). */
  today: Day;
  now: Date;
  dayEndsAt: number;
  /** Check-ins from at least three periods before `period` up to its end. */
  checkins: readonly Checkin[];
  /** Days with a check-in, going back far enough for the streak. */
  checkinDays: ReadonlySet<Day>;
  /** Promises that may matter to the period, and occurrences marked inside it. */
  promises: readonly TrustPromise[];
  occurrences: readonly Occurrence[];
  apologiesWorkedOn: number;
  /** True when the journal has nothing at all yet. */
  journalIsEmpty: boolean;
}

export type Trend = 'up' | 'down' | 'steady' | null;

export interface Series {
  average: number | null;
  previous: number | null;
  trend: Trend;
  byDay: Array<{ date: Day; value: number | null }>;
}

/** The report. Field meanings are a contract (DESIGN.md): more may be added, none may change. */
export interface Report {
  period: Period;
  checkins: { days: number; streak: number; talkedHonestly: number; connection: number };
  trust: Series & { byWeek?: Array<{ from: Day; to: Day; average: number | null }> };
  mood: Series;
  promises: {
    made: number;
    kept: number;
    keptOnTime: number;
    keptLate: number;
    broken: number;
    released: number;
    open: number;
    overdue: number;
    keepRate: number | null;
    brokenList: Array<{ id: number; text: string; date: Day; note: string | null }>;
  };
  wins: Array<{ date: Day; text: string }>;
  triggers: Array<{ date: Day; text: string }>;
  apologies: { workedOn: number };
  empty: boolean;
  suggestCounsellor: boolean;
  closing: string;
}

function average(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 100) / 100;
}

/** Up or down when the averages differ by half a point or more; steady otherwise. */
export function trendOf(current: number | null, previous: number | null): Trend {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  return Math.abs(diff) < 0.5 ? 'steady' : diff > 0 ? 'up' : 'down';
}

/** The last day a report looks at: the period's end, or today for a period that has not ended. */
export function lastDayOf(period: Period, today: Day): Day {
  return period.to < today ? period.to : today;
}

function within(day: Day, p: Period): boolean {
  return day >= p.from && day <= p.to;
}

function series(checkins: readonly Checkin[], period: Period, pick: (c: Checkin) => number | null): Series {
  const byDate = new Map(checkins.map((c) => [c.date, c]));
  const byDay = daysIn(period).map((date) => {
    const c = byDate.get(date);
    return { date, value: c ? pick(c) : null };
  });
  const before = previousPeriod(period);
  const avg = average(byDay.map((d) => d.value));
  const prev = average(checkins.filter((c) => within(c.date, before)).map(pick));
  return { average: avg, previous: prev, trend: trendOf(avg, prev), byDay };
}

/** Builds the report from rows. Pure: the same input always gives the same figures. */
export function buildReport(input: ReportInput): Report {
  const { period, today } = input;
  const inPeriod = input.checkins.filter((c) => within(c.date, period));
  const isCurrent = period.to >= today && period.from <= today;
  const lastDay = lastDayOf(period, today);
  const streak = period.from > today ? 0 : streakEndingOn(input.checkinDays, lastDay, isCurrent);

  const trust = series(input.checkins, period, (c) => c.trust);
  const mood = series(input.checkins, period, (c) => c.mood);

  // Promise events inside the period; open and overdue as of its end (or now, for the current one).
  const events = markEvents(input.promises, input.occurrences).filter((e) => within(e.day, period));
  const kept = events.filter((e) => e.status === 'kept');
  const broken = events.filter((e) => e.status === 'broken');
  const byId = new Map(input.promises.map((p) => [p.id, p]));
  const openAtEnd = input.promises.filter((p) => p.madeOn <= lastDay && (p.resolvedOn === null || p.resolvedOn > lastDay));
  const overdue = openAtEnd.filter((p) =>
    isCurrent ? isOverdue({ ...p, status: 'open' }, input.now, input.dayEndsAt) : isOverdueAtEndOf(p, lastDay),
  );
  const brokenList = broken.map((e) => {
    const p = byId.get(e.promiseId);
    const occurrence = input.occurrences.find((o) => o.promiseId === e.promiseId && o.markedOn === e.day && o.status === 'broken');
    return { id: e.promiseId, text: p?.text ?? '', date: e.day, note: occurrence ? occurrence.note : (p?.note ?? null) };
  });
  const promises = {
    made: input.promises.filter((p) => within(p.madeOn, period)).length,
    kept: kept.length,
    keptOnTime: kept.filter((e) => !e.keptLate).length,
    keptLate: kept.filter((e) => e.keptLate).length,
    broken: broken.length,
    released: events.filter((e) => e.status === 'released').length,
    open: openAtEnd.length,
    overdue: overdue.length,
    keepRate: keepRate(kept.length, broken.length),
    brokenList,
  };

  const report: Report = {
    period,
    checkins: {
      days: inPeriod.length,
      streak,
      talkedHonestly: inPeriod.filter((c) => c.talked === true).length,
      connection: inPeriod.filter((c) => typeof c.answers.connection === 'string' && c.answers.connection.trim() !== '').length,
    },
    trust,
    mood,
    promises,
    wins: inPeriod.filter((c) => c.win).map((c) => ({ date: c.date, text: c.win as string })),
    triggers: inPeriod.filter((c) => c.trigger).map((c) => ({ date: c.date, text: c.trigger as string })),
    apologies: { workedOn: input.apologiesWorkedOn },
    empty: input.journalIsEmpty,
    suggestCounsellor: false,
    closing: '',
  };
  if (input.kind === 'month') report.trust.byWeek = weeklyAverages(input.checkins, period);
  report.suggestCounsellor = trustFellPeriodsRunning(input.checkins, period, 2) || (broken.length > kept.length && broken.length > 0);
  report.closing = closingLine(report, input.kind);
  return report;
}

/** Trust averages for consecutive 7-day slices of a month, from its first day. */
function weeklyAverages(checkins: readonly Checkin[], period: Period) {
  const weeks: Array<{ from: Day; to: Day; average: number | null }> = [];
  for (let from = period.from; from <= period.to; from = addDaysToDay(from, 7)) {
    const end = addDaysToDay(from, 6);
    const to = end > period.to ? period.to : end;
    weeks.push({ from, to, average: average(checkins.filter((c) => within(c.date, { from, to })).map((c) => c.trust)) });
  }
  return weeks;
}

/** True when the trust average fell `drops` periods running, ending with this one. */
export function trustFellPeriodsRunning(checkins: readonly Checkin[], period: Period, drops: number): boolean {
  const averages: Array<number | null> = [];
  let p = period;
  for (let i = 0; i <= drops; i++) {
    const slice = p;
    averages.unshift(average(checkins.filter((c) => within(c.date, slice)).map((c) => c.trust)));
    p = previousPeriod(p);
  }
  for (let i = 1; i < averages.length; i++) {
    const before = averages[i - 1];
    const after = averages[i];
    if (before == null || after == null || !(after < before)) return false;
  }
  return true;
}

const UNIT = { week: 'week', month: 'month', custom: 'period' } as const;

/** One closing line that fits the data: never blame, never a score. */
export function closingLine(r: Report, kind: ReportInput['kind']): string {
  const unit = UNIT[kind];
  if (r.empty) return 'Nothing here yet. Start tonight with trust checkin, or log a promise with trust promise add "…".';
  if (r.suggestCounsellor) {
    const why = r.promises.broken > r.promises.kept ? 'More promises were broken than kept' : `Trust has fallen ${unit} after ${unit}`;
    return `${why}. That is hard, and it may help to talk it through with a couples counsellor: you do not have to do this alone.`;
  }
  if (r.trust.trend === 'up') return `Trust is up on last ${unit}. Small, steady steps add up — keep going.`;
  if (r.wins.length > 0)
    return `${r.wins.length === 1 ? 'A small win' : `${r.wins.length} small wins`} this ${unit}. Take a moment to celebrate ${r.wins.length === 1 ? 'it' : 'them'}.`;
  if (r.promises.kept > 0 && r.promises.broken === 0) return `Every promise marked this ${unit} was kept. That is how trust comes back.`;
  if (r.trust.trend === 'down') return `Trust dipped this ${unit}. Progress is uneven, and a harder ${unit} is part of it.`;
  if (r.checkins.days === 0) return `No check-ins this ${unit}. Tonight is a good night to start again: trust checkin.`;
  return 'Healing takes time, and showing up is part of it. Keep checking in.';
}
