import { addDaysToDay, type Day, dateToDay, describeTime, isIsoDay, pad2, WEEKDAYS, weekdayOf } from './journal-day.js';

/**
 * Reading dates the way a person writes them: `today`, `yesterday`, `tomorrow`, `fri`, `last fri`,
 * `2026-12-01`, `3 days ago`, `in 2 days`; and, for due times, `thu 20:00`, `tomorrow 8pm`, `tonight`.
 * Pure: "today" is passed in (the journal day), so the result is deterministic.
 */

export const DAY_EXAMPLES = 'today, yesterday, fri, last mon, 3 days ago, 2026-11-20';
export const WHEN_EXAMPLES = 'today, tonight, tomorrow, fri, "thu 20:00", "tomorrow 8pm", 2026-12-01, "2026-12-01 18:30"';

const WEEKDAY_NAMES: Record<string, number> = {};
for (const [i, name] of WEEKDAYS.entries()) WEEKDAY_NAMES[name] = i;
Object.assign(WEEKDAY_NAMES, {
  sunday: 0,
  monday: 1,
  tues: 2,
  tuesday: 2,
  wednesday: 3,
  weds: 3,
  thur: 4,
  thurs: 4,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sat: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
});

function dayNumber(day: Day): number {
  return WEEKDAYS.indexOf(weekdayOf(day));
}

/** Which way a bare weekday leans: `--on fri` means the last Friday, `--due fri` the next one. */
export type Lean = 'past' | 'future';

/** A day from a person's words, or null when it cannot be read. */
export function parseDay(input: string, today: Day, lean: Lean): Day | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDay(text)) return text;
  if (text === 'today' || text === 'tonight') return today;
  if (text === 'yesterday') return addDaysToDay(today, -1);
  if (text === 'tomorrow' || text === 'tmrw' || text === 'tmr') return addDaysToDay(today, 1);
  let m = /^(\d{1,3}) days? ago$/.exec(text);
  if (m) return addDaysToDay(today, -Number(m[1]));
  m = /^in (\d{1,3}) days?$/.exec(text);
  if (m) return addDaysToDay(today, Number(m[1]));
  m = /^(last |next |this )?([a-z]+)$/.exec(text);
  if (m) {
    const target = WEEKDAY_NAMES[m[2] as string];
    if (target === undefined) return null;
    const current = dayNumber(today);
    const back = (current - target + 7) % 7;
    const ahead = (target - current + 7) % 7;
    if (m[1] === 'last ') return addDaysToDay(today, -(back === 0 ? 7 : back));
    if (m[1] === 'next ') return addDaysToDay(today, ahead === 0 ? 7 : ahead);
    return addDaysToDay(today, lean === 'past' ? -back : ahead);
  }
  return null;
}

/** `HH:MM` from `20:00`, `8pm`, `8:30 am`, `noon`; null when it is not a time. */
export function parseTime(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  if (text === 'noon' || text === 'midday') return '12:00';
  if (text === 'midnight') return '23:59';
  let m = /^(\d{1,2})[:.h](\d{2})$/.exec(text);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    return h <= 23 && min <= 59 ? `${pad2(h)}:${pad2(min)}` : null;
  }
  m = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a|p)$/.exec(text);
  if (m) {
    let h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    if (h < 1 || h > 12 || min > 59) return null;
    const pm = m[3]?.startsWith('p');
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
    return `${pad2(h)}:${pad2(min)}`;
  }
  return null;
}

/**
 * A due time: `YYYY-MM-DD` (by the end of that journal day) or `YYYY-MM-DDTHH:MM` (local wall clock).
 * `today` is the journal day; `now` decides where a bare time ("8pm") falls: the next time the clock
 * shows it.
 */
export function parseWhen(input: string, now: Date, today: Day): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ at /g, ' ').replace(/^by /, '');
  if (text === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})[t ](\d{1,2}:\d{2})$/.exec(text);
  if (iso) {
    const time = parseTime(iso[2] as string);
    return iso[1] && isIsoDay(iso[1]) && time ? `${iso[1]}T${time}` : null;
  }
  const whole = parseDay(text, today, 'future');
  if (whole) return whole;
  const onlyTime = parseTime(text);
  if (onlyTime) {
    const calendarToday = dateToDay(now);
    const nowHm = describeTime(now);
    return `${onlyTime > nowHm ? calendarToday : addDaysToDay(calendarToday, 1)}T${onlyTime}`;
  }
  // "<day> <time>" or "<time> <day>", where the day may itself be two words ("next fri").
  const words = text.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(cut).join(' ');
    for (const [dayPart, timePart] of [
      [head, tail],
      [tail, head],
    ] as const) {
      const time = parseTime(timePart);
      if (!time) continue;
      const day = parseDay(dayPart, today, 'future');
      if (day) return `${day}T${time}`;
    }
  }
  return null;
}

/** The local instant a due value means. A day-only due means the end of that journal day. */
export function dueInstant(due: string, dayEndsAt: number): Date {
  const [day, time] = due.split('T') as [string, string | undefined];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (time) {
    const [h, min] = time.split(':').map(Number) as [number, number];
    return new Date(y, m - 1, d, h, min);
  }
  return new Date(y, m - 1, d + 1, dayEndsAt, 0);
}

export function dueDay(due: string): Day {
  return due.slice(0, 10);
}
