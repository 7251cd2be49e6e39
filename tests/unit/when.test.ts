import { describe, expect, it } from 'vitest';
import { parseDay, parseTime, parseWhen } from '../../src/domain/when.js';

// Sunday 22 November 2026, 21:30.
const now = new Date(2026, 10, 22, 21, 30);
const today = '2026-11-22';

describe('parseWhen reads due times as people write them', () => {
  it.each([
    ['today', '2026-11-22'],
    ['tonight', '2026-11-22'],
    ['tomorrow', '2026-11-23'],
    ['fri', '2026-11-27'],
    ['Friday', '2026-11-27'],
    ['sun', '2026-11-22'],
    ['next sun', '2026-11-29'],
    ['thu 20:00', '2026-11-26T20:00'],
    ['thu at 8pm', '2026-11-26T20:00'],
    ['tomorrow 8pm', '2026-11-23T20:00'],
    ['8pm tomorrow', '2026-11-23T20:00'],
    ['tomorrow 8:30am', '2026-11-23T08:30'],
    ['tomorrow 12am', '2026-11-23T00:00'],
    ['tomorrow 12pm', '2026-11-23T12:00'],
    ['tomorrow noon', '2026-11-23T12:00'],
    ['2026-12-01', '2026-12-01'],
    ['2026-12-01 18:30', '2026-12-01T18:30'],
    ['2026-12-01T18:30', '2026-12-01T18:30'],
    ['in 3 days', '2026-11-25'],
    ['23:00', '2026-11-22T23:00'],
    ['9pm', '2026-11-23T21:00'],
  ])('%s → %s', (input, expected) => {
    expect(parseWhen(input, now, today)).toBe(expected);
  });

  it.each(['', 'someday', '2026-13-01', '2026-02-30', 'thu 25:00', 'tomorrow 13pm', 'fri 8', 'blue'])('"%s" is not read', (input) => {
    expect(parseWhen(input, now, today)).toBeNull();
  });

  it('after midnight, before the day ends, "tomorrow" is the next calendar day', () => {
    // 00:40 on Monday 23rd: the journal day is still Sunday 22nd.
    expect(parseWhen('tomorrow 8pm', new Date(2026, 10, 23, 0, 40), '2026-11-22')).toBe('2026-11-23T20:00');
  });
  it('after midnight, a bare time later today is today by the clock', () => {
    expect(parseWhen('8pm', new Date(2026, 10, 23, 0, 40), '2026-11-22')).toBe('2026-11-23T20:00');
  });
});

describe('parseDay', () => {
  it('a bare weekday leans back for a day something happened', () => {
    expect(parseDay('fri', today, 'past')).toBe('2026-11-20');
  });
  it('today is its own weekday in either direction', () => {
    expect(parseDay('sun', today, 'past')).toBe(today);
  });
  it('"last sun" on a Sunday is a week ago', () => {
    expect(parseDay('last sun', today, 'past')).toBe('2026-11-15');
  });
  it('yesterday and N days ago', () => {
    expect([parseDay('yesterday', today, 'past'), parseDay('3 days ago', today, 'past')]).toEqual(['2026-11-21', '2026-11-19']);
  });
});

describe('parseTime', () => {
  it.each([
    ['20:00', '20:00'],
    ['8pm', '20:00'],
    ['8 pm', '20:00'],
    ['8:05am', '08:05'],
    ['12am', '00:00'],
    ['7.30pm', '19:30'],
  ])('%s → %s', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });
});
