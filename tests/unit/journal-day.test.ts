import { describe, expect, it } from 'vitest';
import { addDaysToDay, dateToDay, daysIn, describeDay, journalDay, monthOf, previousPeriod, weekOf } from '../../src/domain/journal-day.js';

// These run with TZ=America/New_York (vitest.config.ts): 2026-03-08 springs forward, 2026-11-01 falls back.
describe('journalDay', () => {
  it('a check-in at 00:40 belongs to the day before', () => {
    expect(journalDay(new Date(2026, 10, 22, 0, 40), 4)).toBe('2026-11-21');
  });
  it('a check-in at 03:59 still belongs to the day before', () => {
    expect(journalDay(new Date(2026, 10, 22, 3, 59), 4)).toBe('2026-11-21');
  });
  it('at 04:00 the new day has begun', () => {
    expect(journalDay(new Date(2026, 10, 22, 4, 0), 4)).toBe('2026-11-22');
  });
  it('with the day ending at midnight, 00:40 is already the new day', () => {
    expect(journalDay(new Date(2026, 10, 22, 0, 40), 0)).toBe('2026-11-22');
  });
  it('crosses a month and a year boundary', () => {
    expect(journalDay(new Date(2027, 0, 1, 1, 0), 4)).toBe('2026-12-31');
  });
  it('on the night clocks spring forward, 01:30 belongs to the day before', () => {
    expect(journalDay(new Date(2026, 2, 8, 1, 30), 4)).toBe('2026-03-07');
  });
  it('on the night clocks spring forward, 03:30 (right after the jump) belongs to the day before', () => {
    expect(journalDay(new Date(2026, 2, 8, 3, 30), 4)).toBe('2026-03-07');
  });
  it('on the night clocks fall back, the repeated 01:30 belongs to the day before both times', () => {
    const first = new Date('2026-11-01T05:30:00Z'); // 01:30 EDT
    const second = new Date('2026-11-01T06:30:00Z'); // 01:30 EST
    expect([journalDay(first, 4), journalDay(second, 4)]).toEqual(['2026-10-31', '2026-10-31']);
  });
  it('on the night clocks fall back, 04:00 starts the new day', () => {
    expect(journalDay(new Date('2026-11-01T09:00:00Z'), 4)).toBe('2026-11-01');
  });
});

describe('day arithmetic', () => {
  it('adding a day across spring-forward gives the next calendar day', () => {
    expect(addDaysToDay('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDaysToDay('2026-03-08', 1)).toBe('2026-03-09');
  });
  it('adding a day across fall-back gives the next calendar day', () => {
    expect(addDaysToDay('2026-11-01', 1)).toBe('2026-11-02');
  });
  it('a week that crosses the fall-back change still has seven days', () => {
    expect(daysIn(weekOf('2026-11-01', 'mon'))).toHaveLength(7);
  });
});

describe('weekOf', () => {
  it('a Monday-start week of Sunday 22 Nov runs Mon 16 to Sun 22', () => {
    expect(weekOf('2026-11-22', 'mon')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });
  it('a Sunday-start week of Sunday 22 Nov runs Sun 22 to Sat 28', () => {
    expect(weekOf('2026-11-22', 'sun')).toEqual({ from: '2026-11-22', to: '2026-11-28' });
  });
  it('a week can cross a month', () => {
    expect(weekOf('2026-12-01', 'mon')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
});

describe('periods', () => {
  it('the month of 22 Nov is 1-30 Nov', () => {
    expect(monthOf('2026-11-22')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
  it('the period before a week is the week before', () => {
    expect(previousPeriod({ from: '2026-11-16', to: '2026-11-22' })).toEqual({ from: '2026-11-09', to: '2026-11-15' });
  });
  it('the period before November (30 days) is the 30 days before it', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-02', to: '2026-10-31' });
  });
});

describe('describing days', () => {
  it('writes a day for people', () => {
    expect([describeDay('2026-11-22'), describeDay('2027-01-01')]).toEqual(['Sun 22 Nov', 'Fri 1 Jan']);
  });
  it('writes a local date as YYYY-MM-DD, padded', () => {
    expect(dateToDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
