import { type Context, today } from '../context.js';
import type { Day } from '../domain/journal-day.js';
import { DAY_EXAMPLES, type Lean, parseDay } from '../domain/when.js';
import { UserError } from '../errors.js';

/** A day from a flag (`--on`, `--date`), or today's journal day when the flag is absent. */
export function dayOption(ctx: Pick<Context, 'now' | 'settings'>, flag: string, value: string | undefined, lean: Lean = 'past'): Day {
  const current = today(ctx);
  if (value === undefined) return current;
  const day = parseDay(value, current, lean);
  if (!day) throw new UserError(`${flag} "${value}" is not a date trust can read. Try: ${DAY_EXAMPLES}.`);
  return day;
}

/** A positive whole-number id from an argument. */
export function idArgument(what: string, value: string): number {
  const text = value.trim().replace(/^#/, '');
  if (!/^\d{1,9}$/.test(text) || Number(text) === 0) {
    const article = /^[aeiou]/.test(what) ? 'an' : 'a';
    throw new UserError(`"${value}" is not ${article} ${what} number. Use the number shown in the list, like 3.`);
  }
  return Number(text);
}

/** Text from a flag: trimmed, and refused when empty. */
export function textOption(flag: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new UserError(`${flag} is empty. Give some text, or leave the flag out.`);
  return value;
}

export function isoNow(ctx: Pick<Context, 'now'>): string {
  return ctx.now().toISOString();
}
