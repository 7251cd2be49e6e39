import { addDaysToDay, type Day } from './journal-day.js';

/** Answers to the other questions of the bank, by question id (text, or yes/no as a boolean). */
export type Answers = Record<string, string | boolean>;

/** One journal day's check-in. `date` is the journal day; every answer may be skipped (null). */
export interface Checkin {
  id?: number;
  date: Day;
  trust: number | null;
  mood: number | null;
  talked: boolean | null;
  win: string | null;
  trigger: string | null;
  note: string | null;
  answers: Answers;
  createdAt?: string;
  updatedAt?: string;
}

export type CheckinFields = Omit<Checkin, 'id' | 'date' | 'createdAt' | 'updatedAt'>;

export const EMPTY_CHECKIN: CheckinFields = { trust: null, mood: null, talked: null, win: null, trigger: null, note: null, answers: {} };

/** Applies what was given (undefined = not given) on top of what is there; nothing given is lost. */
export function mergeCheckin(existing: CheckinFields, given: Partial<CheckinFields>): CheckinFields {
  const merged: CheckinFields = { ...existing, answers: { ...existing.answers, ...(given.answers ?? {}) } };
  for (const key of ['trust', 'mood', 'talked', 'win', 'trigger', 'note'] as const) {
    if (given[key] !== undefined) Object.assign(merged, { [key]: given[key] });
  }
  return merged;
}

export function isEmptyCheckin(c: CheckinFields): boolean {
  return (
    c.trust === null &&
    c.mood === null &&
    c.talked === null &&
    c.win === null &&
    c.trigger === null &&
    c.note === null &&
    Object.keys(c.answers).length === 0
  );
}

/** Consecutive days with a check-in, ending on `lastDay` (or the day before when `lastDay` has none and `allowGapToday`). */
export function streakEndingOn(days: ReadonlySet<Day>, lastDay: Day, allowGapToday: boolean): number {
  let day = lastDay;
  if (!days.has(day) && allowGapToday) day = addDaysToDay(day, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDaysToDay(day, -1);
  }
  return streak;
}

/** A low day, or not feeling safe: the moment for a gentle word about support. */
export function needsCare(c: CheckinFields): boolean {
  return (c.trust !== null && c.trust <= 2) || (c.mood !== null && c.mood <= 1) || c.answers.safe === false;
}

export const CARE_LINES = [
  'Today sounds heavy. You do not have to carry this alone: a couples counsellor or someone you trust can help.',
  'If you ever feel unsafe or in danger, contact local emergency services, or a helpline such as findahelpline.com.',
];

/** One short, kind line that reflects the entry: a win echoed back, or the streak. Never a lecture. */
export function closingLine(c: CheckinFields, streak: number): string {
  if (c.win) return `Saved. A win worth keeping: "${c.win.trim()}".`;
  if (streak >= 3) return `Saved. That is ${streak} evenings in a row — showing up counts.`;
  if (c.trigger) return 'Saved. Noticing what brought the doubt back is part of the work.';
  if (streak === 2) return 'Saved. Two evenings in a row.';
  return 'Saved. Thank you for taking the two minutes.';
}
