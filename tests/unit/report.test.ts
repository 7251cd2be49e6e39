import { describe, expect, it } from 'vitest';
import { type Checkin, EMPTY_CHECKIN } from '../../src/domain/checkin.js';
import type { Occurrence, TrustPromise } from '../../src/domain/promises.js';
import { buildReport, type ReportInput } from '../../src/domain/report.js';

const c = (date: string, fields: Partial<Checkin>): Checkin => ({ ...EMPTY_CHECKIN, date, ...fields });
const p = (id: number, fields: Partial<TrustPromise>): TrustPromise => ({
  id,
  text: `promise ${id}`,
  status: 'open',
  due: null,
  every: null,
  to: null,
  madeOn: '2026-10-20',
  resolvedOn: null,
  note: null,
  keptLate: false,
  endedOn: null,
  apologyId: null,
  ...fields,
});
const o = (promiseId: number, day: string, status: Occurrence['status']): Occurrence => ({
  promiseId,
  occursOn: day,
  status,
  markedOn: day,
  note: null,
});

function input(over: Partial<ReportInput>): ReportInput {
  const checkins = over.checkins ?? [];
  return {
    period: { from: '2026-10-26', to: '2026-11-01' },
    kind: 'week',
    today: '2026-11-05',
    now: new Date(2026, 10, 5, 21, 0),
    dayEndsAt: 4,
    checkins,
    checkinDays: new Set(checkins.map((x) => x.date)),
    promises: [],
    occurrences: [],
    apologiesWorkedOn: 0,
    journalIsEmpty: false,
    ...over,
  };
}

// The week Mon 26 Oct – Sun 1 Nov 2026 crosses into November, and (TZ=America/New_York) the clocks
// fall back on Sunday 1 Nov. Figures worked by hand.
describe('a week with gaps, a recurring promise, and one made before the week', () => {
  const checkins = [
    c('2026-10-24', { trust: 4 }),
    c('2026-10-25', { trust: 5 }),
    c('2026-10-26', { trust: 6, mood: 3 }),
    // 27 Oct: no check-in
    c('2026-10-28', { trust: 8, mood: 4, talked: true, win: 'A long walk', answers: { connection: 'Held hands' } }),
    c('2026-10-30', { trust: 7, trigger: 'A late text' }),
    c('2026-11-01', { trust: 5, mood: 2, talked: false }),
  ];
  const promises = [
    p(1, { due: '2026-10-29', status: 'kept', resolvedOn: '2026-10-28' }), // made before the week, kept inside it
    p(2, { every: 'day', madeOn: '2026-10-25' }),
    p(3, { madeOn: '2026-10-27', due: '2026-10-30T20:00' }), // never marked: overdue by the week's end
    p(4, { madeOn: '2026-10-29', due: '2026-11-10' }), // open, not yet due
    p(5, { madeOn: '2026-10-21', status: 'released', resolvedOn: '2026-10-22', note: 'moved' }), // outside the week
    p(6, { madeOn: '2026-10-26', due: '2026-10-31', status: 'broken', resolvedOn: '2026-11-02' }), // broken after the week
  ];
  const occurrences = [o(2, '2026-10-26', 'kept'), o(2, '2026-10-27', 'broken'), o(2, '2026-10-28', 'kept')];
  const r = buildReport(input({ checkins, promises, occurrences }));

  it('has seven days, 31 Oct to 1 Nov included, across the clock change', () => {
    expect(r.trust.byDay.map((d) => d.date)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
  });
  it('counts 4 days checked in and a streak of 1 ending on the last day', () => {
    expect(r.checkins).toMatchObject({ days: 4, streak: 1, talkedHonestly: 1, connection: 1 });
  });
  it('averages trust (6+8+7+5)/4 = 6.5 against 4.5 the week before: up', () => {
    expect([r.trust.average, r.trust.previous, r.trust.trend]).toEqual([6.5, 4.5, 'up']);
  });
  it('averages mood over the days that answered: (3+4+2)/3 = 3, with nothing before', () => {
    expect([r.mood.average, r.mood.previous]).toEqual([3, null]);
  });
  it('shows skipped days as null in the day-by-day values', () => {
    expect(r.trust.byDay.map((d) => d.value)).toEqual([6, null, 8, null, 7, null, 5]);
  });
  it('counts promise events inside the week, each occurrence once', () => {
    expect(r.promises).toMatchObject({
      made: 3,
      kept: 3,
      keptOnTime: 3,
      keptLate: 0,
      broken: 1,
      released: 0,
      open: 4,
      overdue: 2,
      keepRate: 0.75,
    });
  });
  it('lists the broken occurrence', () => {
    expect(r.promises.brokenList).toEqual([{ id: 2, text: 'promise 2', date: '2026-10-27', note: null }]);
  });
  it('lists wins and triggers', () => {
    expect([r.wins, r.triggers]).toEqual([[{ date: '2026-10-28', text: 'A long walk' }], [{ date: '2026-10-30', text: 'A late text' }]]);
  });
  it('closes with encouragement, not a counsellor', () => {
    expect([r.suggestCounsellor, r.closing]).toEqual([false, expect.stringContaining('Trust is up')]);
  });
});

describe('the closing line fits the data', () => {
  it('suggests a counsellor when trust has fallen week after week', () => {
    const checkins = [c('2026-10-14', { trust: 8 }), c('2026-10-21', { trust: 6 }), c('2026-10-28', { trust: 4 })];
    const r = buildReport(input({ checkins }));
    expect([r.suggestCounsellor, r.closing]).toEqual([true, expect.stringContaining('counsellor')]);
  });
  it('does not when trust fell only once', () => {
    const checkins = [c('2026-10-14', { trust: 4 }), c('2026-10-21', { trust: 6 }), c('2026-10-28', { trust: 5 })];
    expect(buildReport(input({ checkins })).suggestCounsellor).toBe(false);
  });
  it('suggests a counsellor when more promises were broken than kept', () => {
    const promises = [
      p(1, { status: 'broken', resolvedOn: '2026-10-27' }),
      p(2, { status: 'broken', resolvedOn: '2026-10-28' }),
      p(3, { status: 'kept', resolvedOn: '2026-10-28' }),
    ];
    expect(buildReport(input({ promises })).closing).toContain('More promises were broken than kept');
  });
  it('keepRate is null when nothing was kept or broken', () => {
    expect(buildReport(input({})).promises.keepRate).toBeNull();
  });
  it('an empty journal says how to start', () => {
    const r = buildReport(input({ journalIsEmpty: true }));
    expect(r.closing).toContain('trust checkin');
  });
});

describe('the streak of the current week', () => {
  it('ends on yesterday when today has no check-in yet', () => {
    const checkins = [c('2026-11-02', { mood: 3 }), c('2026-11-03', { mood: 3 }), c('2026-11-04', { mood: 3 })];
    const r = buildReport(input({ period: { from: '2026-11-02', to: '2026-11-08' }, checkins }));
    expect(r.checkins.streak).toBe(3);
  });
  it('ends on today when today has one', () => {
    const checkins = [c('2026-11-03', { mood: 3 }), c('2026-11-04', { mood: 3 }), c('2026-11-05', { mood: 3 })];
    expect(buildReport(input({ period: { from: '2026-11-02', to: '2026-11-08' }, checkins })).checkins.streak).toBe(3);
  });
});

describe('a month', () => {
  it('has week-by-week trust averages', () => {
    const checkins = [c('2026-11-02', { trust: 4 }), c('2026-11-09', { trust: 6 }), c('2026-11-10', { trust: 8 })];
    const r = buildReport(input({ period: { from: '2026-11-01', to: '2026-11-30' }, kind: 'month', today: '2026-12-02', checkins }));
    expect(r.trust.byWeek?.map((w) => w.average)).toEqual([4, 7, null, null, null]);
  });
});
