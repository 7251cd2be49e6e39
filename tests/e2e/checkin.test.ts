import { describe, expect, it } from 'vitest';
import { runBin, tempDb } from '../helpers.js';

describe('trust checkin with flags (the built binary, no terminal)', () => {
  it('stores what the flags give and prints it with --json', () => {
    const db = tempDb();
    const { code, stdout } = runBin(
      ['checkin', '--trust', '7', '--mood', '4', '--talked', '--win', 'We cooked', '--trigger', 'A late text', '--note', 'ok', '--json'],
      { db, now: '2026-11-22T22:00' },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      date: '2026-11-22',
      trust: 7,
      mood: 4,
      talked: true,
      win: 'We cooked',
      trigger: 'A late text',
      note: 'ok',
    });
  });

  it('with no flags and no terminal it exits 2 naming what to give, and never waits', () => {
    const db = tempDb();
    const { code, stderr } = runBin(['checkin'], { db, now: '2026-11-22T22:00' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^trust: No answers given.*--trust 7/);
  });

  it('a check-in at 00:40 belongs to the day before, and says so', () => {
    const db = tempDb();
    const { stdout } = runBin(['checkin', '--mood', '3'], { db, now: '2026-11-23T00:40' });
    expect(stdout).toContain('It is past midnight, so this check-in is for Sun 22 Nov');
    expect(JSON.parse(runBin(['checkin', 'list', '--json'], { db, now: '2026-11-23T09:00' }).stdout)[0].date).toBe('2026-11-22');
  });

  it('checking in again the same day updates the entry and keeps what was not given', () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '5', '--win', 'A walk'], { db, now: '2026-11-22T20:00' });
    runBin(['checkin', '--mood', '4', '--no-talked'], { db, now: '2026-11-22T23:00' });
    const list = JSON.parse(runBin(['checkin', 'list', '--json'], { db, now: '2026-11-22T23:30' }).stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ trust: 5, mood: 4, talked: false, win: 'A walk' });
  });

  it('--date catches up on an earlier day', () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '6', '--date', 'yesterday'], { db, now: '2026-11-22T20:00' });
    expect(JSON.parse(runBin(['checkin', 'show', '2026-11-21', '--json'], { db, now: '2026-11-22T20:00' }).stdout).trust).toBe(6);
  });

  it('an unreadable --date exits 2 with examples and writes nothing', () => {
    const db = tempDb();
    const { code, stderr } = runBin(['checkin', '--trust', '6', '--date', 'someday'], { db, now: '2026-11-22T20:00' });
    expect(code).toBe(2);
    expect(stderr).toContain('Try: today, yesterday');
    expect(runBin(['checkin', 'list', '--json'], { db }).stdout.trim()).toBe('[]');
  });

  it('a future --date is refused', () => {
    const { code } = runBin(['checkin', '--trust', '6', '--date', 'tomorrow'], { db: tempDb(), now: '2026-11-22T20:00' });
    expect(code).toBe(2);
  });

  it('a very low score gets a gentle pointer to support', () => {
    const { stdout } = runBin(['checkin', '--trust', '1'], { db: tempDb(), now: '2026-11-22T20:00' });
    expect(stdout).toContain('counsellor');
    expect(stdout).toContain('emergency');
  });

  it('three evenings in a row are noticed', () => {
    const db = tempDb();
    for (const day of ['2026-11-20', '2026-11-21']) runBin(['checkin', '--mood', '3', '--date', day], { db, now: '2026-11-22T20:00' });
    expect(runBin(['checkin', '--mood', '3'], { db, now: '2026-11-22T20:00' }).stdout).toContain('3 evenings in a row');
  });

  it('show for a day without a check-in exits 2', () => {
    const { code, stderr } = runBin(['checkin', 'show', 'yesterday'], { db: tempDb(), now: '2026-11-22T20:00' });
    expect(code).toBe(2);
    expect(stderr).toContain('There is no check-in for Sat 21 Nov');
  });

  it('text is stored exactly as typed', () => {
    const db = tempDb();
    const note = 'Line one\n"quoted" — émoji 🙂\n\ttabbed';
    runBin(['checkin', '--note', note], { db, now: '2026-11-22T20:00' });
    expect(JSON.parse(runBin(['checkin', 'show', '--json'], { db, now: '2026-11-22T20:00' }).stdout).note).toBe(note);
  });
});
