import { describe, expect, it } from 'vitest';
import { runBin, tempDb } from '../helpers.js';

const now = '2026-11-22T21:00';
const run = (db: string, args: string[]) => runBin(args, { db, now });

describe('trust report', () => {
  it('an empty journal gets a friendly start, not an error', () => {
    const { code, stdout } = run(tempDb(), ['report']);
    expect(code).toBe(0);
    expect(stdout).toContain('trust checkin');
    expect(stdout).not.toContain('keep rate');
  });

  it('--json follows the contract', () => {
    const db = tempDb();
    run(db, ['checkin', '--trust', '6', '--mood', '3', '--win', 'Tea together', '--date', 'mon']);
    run(db, ['checkin', '--trust', '8', '--mood', '4', '--trigger', 'Old photo', '--date', 'yesterday']);
    run(db, ['promise', 'add', 'Call mum', '--due', 'wed', '--on', 'mon']);
    run(db, ['promise', 'done', '1', '--on', 'tue']);
    const r = JSON.parse(run(db, ['report', '--json']).stdout);
    expect(r.period).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(r.checkins).toMatchObject({ days: 2, streak: 1 });
    expect(r.trust).toMatchObject({ average: 7, previous: null });
    expect(r.trust.byDay).toHaveLength(7);
    expect(r.promises).toMatchObject({ made: 1, kept: 1, broken: 0, released: 0, open: 0, overdue: 0, keepRate: 1 });
    expect(r.wins).toEqual([{ date: '2026-11-16', text: 'Tea together' }]);
    expect(r.triggers).toEqual([{ date: '2026-11-21', text: 'Old photo' }]);
  });

  it('follows weekStartsOn', () => {
    const db = tempDb();
    run(db, ['config', 'set', 'weekStartsOn', 'sun']);
    expect(JSON.parse(run(db, ['report', '--json']).stdout).period).toEqual({ from: '2026-11-22', to: '2026-11-28' });
  });

  it('--month --of a day gives that month', () => {
    expect(JSON.parse(run(tempDb(), ['report', '--month', '--of', '2026-10-15', '--json']).stdout).period).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });

  it('--format md shows the keep rate as a percentage', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'a', '--on', 'mon']);
    run(db, ['promise', 'add', 'b', '--on', 'mon']);
    run(db, ['promise', 'add', 'c', '--on', 'mon']);
    run(db, ['promise', 'done', '1', '--on', 'tue']);
    run(db, ['promise', 'done', '2', '--on', 'tue']);
    run(db, ['promise', 'broken', '3', '--on', 'tue']);
    const md = run(db, ['report', '--format', 'md']).stdout;
    expect(md).toMatch(/^# Week of/);
    expect(md).toContain('| 3 | 2 | 2 | 0 | 1 | 0 | 0 | 0 | 67% |');
  });

  it('--from after --to exits 2', () => {
    const { code, stderr } = run(tempDb(), ['report', '--from', '2026-11-20', '--to', '2026-11-10']);
    expect(code).toBe(2);
    expect(stderr).toContain('is after --to');
  });

  it('--week with --month exits 2', () => {
    expect(run(tempDb(), ['report', '--week', '--month']).code).toBe(2);
  });
});
