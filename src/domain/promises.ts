import { type Day, daysBetween, WEEKDAYS, type WeekStart, weekdayOf, weekOf } from './journal-day.js';
import { dueDay, dueInstant } from './when.js';

export type PromiseStatus = 'open' | 'kept' | 'broken' | 'released';
export type Mark = 'kept' | 'broken' | 'released';

/** How often a recurring promise (an agreement) falls: every day, weekdays, once a week, or one weekday. */
export type Every = 'day' | 'weekdays' | 'week' | (typeof WEEKDAYS)[number];

/**
 * A promise, as the JSON contract shows it (DESIGN.md). A recurring one stays `open`; each
 * occurrence is marked on its own. Ending an agreement releases it (`endedOn` says so).
 */
export interface TrustPromise {
  id: number;
  text: string;
  status: PromiseStatus;
  due: string | null;
  every: Every | null;
  to: string | null;
  madeOn: Day;
  resolvedOn: Day | null;
  note: string | null;
  keptLate: boolean;
  endedOn: Day | null;
  apologyId: number | null;
}

/** One day's (or, for `week`, one week's) occurrence of a recurring promise. `occursOn` is the key. */
export interface Occurrence {
  promiseId: number;
  occursOn: Day;
  status: Mark;
  markedOn: Day;
  note: string | null;
}

const EVERY_WORDS: Record<string, Every> = {
  day: 'day',
  daily: 'day',
  'every day': 'day',
  days: 'day',
  weekdays: 'weekdays',
  weekday: 'weekdays',
  week: 'week',
  weekly: 'week',
  monday: 'mon',
  tuesday: 'tue',
  tues: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  thurs: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

export function parseEvery(text: string): Every | null {
  const t = text.trim().toLowerCase();
  if ((WEEKDAYS as readonly string[]).includes(t)) return t as Every;
  return EVERY_WORDS[t] ?? null;
}

export function describeEvery(every: Every): string {
  if (every === 'day') return 'every day';
  if (every === 'weekdays') return 'every weekday';
  if (every === 'week') return 'once a week';
  return `every ${every}`;
}

/**
 * The occurrence a recurring promise has on `day`, as its key (the day itself; for `week`, the
 * week's first day), or null when it does not fall on that day.
 */
export function occurrenceKey(every: Every, day: Day, weekStartsOn: WeekStart): Day | null {
  if (every === 'day') return day;
  if (every === 'week') return weekOf(day, weekStartsOn).from;
  const weekday = weekdayOf(day);
  if (every === 'weekdays') return weekday === 'sat' || weekday === 'sun' ? null : day;
  return weekday === every ? day : null;
}

/** Open, one-off, and its due time has passed. */
export function isOverdue(p: TrustPromise, now: Date, dayEndsAt: number): boolean {
  return p.status === 'open' && p.every === null && p.due !== null && now.getTime() > dueInstant(p.due, dayEndsAt).getTime();
}

/** Whether a one-off promise still open at the end of a past journal day `day` had missed its due time by then. */
export function isOverdueAtEndOf(p: Pick<TrustPromise, 'due' | 'every'>, day: Day): boolean {
  return p.every === null && p.due !== null && dueDay(p.due) <= day;
}

export interface MarkRequest {
  mark: Mark;
  day: Day;
  now: Date;
  note: string | null;
  /** True when the mark is for the current moment (no --on), so a due time on the same day can be late. */
  isNow: boolean;
  dayEndsAt: number;
  weekStartsOn: WeekStart;
}

export type MarkResult =
  | { ok: true; kind: 'promise'; status: Mark; resolvedOn: Day; keptLate: boolean; note: string | null }
  | { ok: true; kind: 'occurrence'; occurrence: Occurrence }
  | { ok: false; message: string };

const VERB: Record<Mark, string> = { kept: 'kept', broken: 'broken', released: 'released' };

/**
 * Decides what marking a promise means, or why it cannot be: a promise already resolved, a day
 * before it was made, an occurrence already marked, a renegotiation after the deadline.
 */
export function decideMark(p: TrustPromise, req: MarkRequest, marked: ReadonlyArray<Occurrence>): MarkResult {
  if (req.day < p.madeOn)
    return { ok: false, message: `Promise ${p.id} was made on ${p.madeOn}; it cannot be marked for ${req.day}, before that.` };
  if (req.mark === 'released' && !req.note?.trim())
    return { ok: false, message: 'A renegotiation needs a note saying what you agreed instead: add --note TEXT.' };
  if (p.every !== null) {
    if (p.endedOn !== null && req.day > p.endedOn)
      return { ok: false, message: `Promise ${p.id} ended on ${p.endedOn}; there is nothing to mark after that.` };
    const key = occurrenceKey(p.every, req.day, req.weekStartsOn);
    if (key === null)
      return {
        ok: false,
        message: `Promise ${p.id} is ${describeEvery(p.every)}, and ${req.day} is a ${weekdayOf(req.day)}: give a day it falls on with --on.`,
      };
    const already = marked.find((o) => o.occursOn === key);
    if (already) {
      const what = p.every === 'week' ? `the week of ${key}` : key;
      return { ok: false, message: `Promise ${p.id} is already marked ${VERB[already.status]} for ${what}.` };
    }
    return {
      ok: true,
      kind: 'occurrence',
      occurrence: { promiseId: p.id, occursOn: key, status: req.mark, markedOn: req.day, note: req.note },
    };
  }
  if (p.status !== 'open') {
    return {
      ok: false,
      message: `Promise ${p.id} is already ${VERB[p.status as Mark]} (on ${p.resolvedOn}); a resolved promise is not changed.`,
    };
  }
  if (req.mark === 'released' && p.due !== null && isPastDue(p.due, req)) {
    return {
      ok: false,
      message: `Promise ${p.id} was due ${p.due.replace('T', ' ')}: renegotiating comes before the deadline. Mark it broken with a note instead.`,
    };
  }
  const keptLate = req.mark === 'kept' && p.due !== null && isPastDue(p.due, req);
  return { ok: true, kind: 'promise', status: req.mark, resolvedOn: req.day, keptLate, note: req.note };
}

function isPastDue(due: string, req: MarkRequest): boolean {
  if (req.isNow) return req.now.getTime() > dueInstant(due, req.dayEndsAt).getTime();
  return req.day > dueDay(due);
}

/** Due time in words, relative to the journal day: "today 20:00", "tomorrow", "fri 20:00", "2 days overdue". */
export function dueInWords(due: string, today: Day, overdue: boolean): string {
  const day = dueDay(due);
  const time = due.length > 10 ? ` ${due.slice(11)}` : '';
  if (overdue) {
    const late = daysBetween(day, today);
    if (late <= 0) return `overdue since${time || ' today'}`;
    return late === 1 ? '1 day overdue' : `${late} days overdue`;
  }
  const ahead = daysBetween(today, day);
  if (ahead < 0) return `${day}${time}`;
  if (ahead === 0) return `today${time}`;
  if (ahead === 1) return `tomorrow${time}`;
  if (ahead < 7) return `${weekdayOf(day)}${time}`;
  return `${day}${time}`;
}
