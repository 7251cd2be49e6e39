import { describe, expect, it } from 'vitest';
import { promiseStats } from '../../src/domain/promise-stats.js';
import { decideMark, dueInWords, type MarkRequest, occurrenceKey, parseEvery, type TrustPromise } from '../../src/domain/promises.js';

const base: TrustPromise = {
  id: 1,
  text: 'Home by 8',
  status: 'open',
  due: '2026-11-26T20:00',
  every: null,
  to: null,
  madeOn: '2026-11-22',
  resolvedOn: null,
  note: null,
  keptLate: false,
  endedOn: null,
  apologyId: null,
};
const req = (over: Partial<MarkRequest>): MarkRequest => ({
  mark: 'kept',
  day: '2026-11-26',
  now: new Date(2026, 10, 26, 19, 0),
  note: null,
  isNow: true,
  dayEndsAt: 4,
  weekStartsOn: 'mon',
  ...over,
});

describe('marking a one-off promise', () => {
  it('kept before its due time is kept on time', () => {
    expect(decideMark(base, req({}), [])).toMatchObject({ ok: true, status: 'kept', keptLate: false, resolvedOn: '2026-11-26' });
  });
  it('kept after its due time is kept late', () => {
    expect(decideMark(base, req({ now: new Date(2026, 10, 26, 21, 0) }), [])).toMatchObject({ ok: true, keptLate: true });
  });
  it('kept on a later day (--on) is kept late', () => {
    expect(decideMark(base, req({ day: '2026-11-27', isNow: false }), [])).toMatchObject({ ok: true, keptLate: true });
  });
  it('done after broken is refused', () => {
    const r = decideMark({ ...base, status: 'broken', resolvedOn: '2026-11-26' }, req({}), []);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('already broken') });
  });
  it('broken after kept is refused', () => {
    expect(decideMark({ ...base, status: 'kept', resolvedOn: '2026-11-26' }, req({ mark: 'broken' }), []).ok).toBe(false);
  });
  it('release without a note is refused', () => {
    expect(decideMark(base, req({ mark: 'released' }), [])).toEqual({ ok: false, message: expect.stringContaining('--note') });
  });
  it('release with a note before the deadline is a renegotiation', () => {
    expect(decideMark(base, req({ mark: 'released', note: 'Saturday instead', day: '2026-11-25' }), [])).toMatchObject({
      ok: true,
      status: 'released',
    });
  });
  it('release after the deadline is refused: that is a broken promise', () => {
    const r = decideMark(base, req({ mark: 'released', note: 'sorry', now: new Date(2026, 10, 26, 21, 0) }), []);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('before the deadline') });
  });
  it('marking before the day it was made is refused', () => {
    expect(decideMark(base, req({ day: '2026-11-20', isNow: false }), []).ok).toBe(false);
  });
});

describe('recurring promises', () => {
  const daily: TrustPromise = { ...base, due: null, every: 'day' };
  it('each day is its own occurrence', () => {
    expect(decideMark(daily, req({ day: '2026-11-23' }), [])).toMatchObject({
      ok: true,
      kind: 'occurrence',
      occurrence: { occursOn: '2026-11-23' },
    });
  });
  it('a day already marked is refused', () => {
    const marked = [{ promiseId: 1, occursOn: '2026-11-23', status: 'kept' as const, markedOn: '2026-11-23', note: null }];
    expect(decideMark(daily, req({ day: '2026-11-23', mark: 'broken' }), marked).ok).toBe(false);
  });
  it('a weekday agreement does not fall on a Saturday', () => {
    expect(decideMark({ ...daily, every: 'weekdays' }, req({ day: '2026-11-28' }), []).ok).toBe(false);
  });
  it('a weekly agreement has one occurrence per week, keyed by the week start', () => {
    expect([occurrenceKey('week', '2026-11-25', 'mon'), occurrenceKey('week', '2026-11-29', 'mon')]).toEqual(['2026-11-23', '2026-11-23']);
  });
  it('a fri agreement falls only on Fridays', () => {
    expect([occurrenceKey('fri', '2026-11-27', 'mon'), occurrenceKey('fri', '2026-11-26', 'mon')]).toEqual(['2026-11-27', null]);
  });
  it('an ended agreement cannot be marked after its end', () => {
    expect(decideMark({ ...daily, endedOn: '2026-11-24', status: 'released' }, req({ day: '2026-11-25' }), []).ok).toBe(false);
  });
  it.each([
    ['daily', 'day'],
    ['weekdays', 'weekdays'],
    ['Monday', 'mon'],
    ['fri', 'fri'],
    ['fortnightly', null],
  ])('--every %s reads as %s', (text, expected) => {
    expect(parseEvery(text)).toBe(expected);
  });
});

describe('promiseStats', () => {
  it('counts all-time marks, the keep rate and the current run of kept promises', () => {
    const promises: TrustPromise[] = [
      { ...base, id: 1, status: 'kept', resolvedOn: '2026-11-01' },
      { ...base, id: 2, status: 'broken', resolvedOn: '2026-11-02' },
      { ...base, id: 3, status: 'kept', resolvedOn: '2026-11-03', keptLate: true },
      { ...base, id: 4, status: 'released', resolvedOn: '2026-11-04', note: 'later' },
      { ...base, id: 5, every: 'day', due: null },
      { ...base, id: 6 },
    ];
    const occurrences = [
      { promiseId: 5, occursOn: '2026-11-05', status: 'kept' as const, markedOn: '2026-11-05', note: null },
      { promiseId: 5, occursOn: '2026-11-06', status: 'kept' as const, markedOn: '2026-11-06', note: null },
    ];
    expect(promiseStats(promises, occurrences)).toEqual({
      made: 6,
      kept: 4,
      keptLate: 1,
      broken: 1,
      released: 1,
      open: 2,
      keepRate: 0.8,
      currentRun: 3,
    });
  });
});

describe('dueInWords', () => {
  it.each([
    ['2026-11-22T20:00', false, 'today 20:00'],
    ['2026-11-23', false, 'tomorrow'],
    ['2026-11-26T20:00', false, 'thu 20:00'],
    ['2026-12-10', false, '2026-12-10'],
    ['2026-11-20', false, '2026-11-20'],
    ['2026-11-20', true, '2 days overdue'],
    ['2026-11-21T09:00', true, '1 day overdue'],
    ['2026-11-22T09:00', true, 'overdue since 09:00'],
  ])('%s (overdue: %s) reads "%s" on Sun 22 Nov', (due, overdue, words) => {
    expect(dueInWords(due, '2026-11-22', overdue)).toBe(words);
  });
});
