import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';

/** A journal day as `YYYY-MM-DD`, e.g. `2026-11-22`. */
export type Day = string;
export type WeekStart = 'mon' | 'sun';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

/** The local midnight of a `YYYY-MM-DD` day (wall clock, so safe across daylight-saving changes). */
export function dayToDate(day: Day): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * `YYYY-MM-DD` of a local date. Written out rather than with date-fns' format, which with its
 * locale costs ~5 ms of start-up in every command (measured with npm run bench).
 */
export function dateToDay(date: Date): Day {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** `7` -> `07`. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The journal day an instant belongs to. The day ends at `dayEndsAt` (an hour, 0-6), so with the
 * default 4 a check-in at 00:40 belongs to the calendar day before. Computed by wall clock, never
 * by subtracting hours, which would be wrong on daylight-saving nights.
 */
export function journalDay(now: Date, dayEndsAt: number): Day {
  const calendar = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return dateToDay(now.getHours() < dayEndsAt ? addDays(calendar, -1) : calendar);
}

/** True when the clock reads past midnight but the journal day has not ended yet. */
export function isAfterMidnightBeforeDayEnds(now: Date, dayEndsAt: number): boolean {
  return now.getHours() < dayEndsAt;
}

export function addDaysToDay(day: Day, n: number): Day {
  return dateToDay(addDays(dayToDate(day), n));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(dayToDate(b), dayToDate(a));
}

export function weekdayOf(day: Day): Weekday {
  return WEEKDAYS[dayToDate(day).getDay()] as Weekday;
}

export interface Period {
  from: Day;
  to: Day;
}

/** The week containing `day`; weeks start on `weekStartsOn` (date-fns defaults to Sunday, so it is always passed). */
export function weekOf(day: Day, weekStartsOn: WeekStart): Period {
  const start = startOfWeek(dayToDate(day), { weekStartsOn: weekStartsOn === 'mon' ? 1 : 0 });
  return { from: dateToDay(start), to: dateToDay(addDays(start, 6)) };
}

export function monthOf(day: Day): Period {
  const d = dayToDate(day);
  return { from: dateToDay(startOfMonth(d)), to: dateToDay(endOfMonth(d)) };
}

/** Every day from `from` to `to`, inclusive. */
export function daysIn(period: Period): Day[] {
  const out: Day[] = [];
  for (let d = period.from; d <= period.to; d = addDaysToDay(d, 1)) out.push(d);
  return out;
}

/** The period of equal length just before `period`. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to) + 1;
  return { from: addDaysToDay(period.from, -length), to: addDaysToDay(period.from, -1) };
}

/** "Sun 22 Nov", for people. */
export function describeDay(day: Day): string {
  const d = dayToDate(day);
  return `${WEEKDAY_NAMES[d.getDay()]} ${d.getDate()} ${MONTH_NAMES[d.getMonth()]}`;
}

/** "21:05", the local time of an instant. */
export function describeTime(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
