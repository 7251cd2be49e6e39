import { describe, expect, it } from 'vitest';
import { runBin, tempDb } from '../helpers.js';

const now = '2026-11-22T21:00'; // a Sunday evening
const run = (db: string, args: string[], at = now) => runBin(args, { db, now: at });
const json = (db: string, args: string[], at = now) => JSON.parse(run(db, [...args, '--json'], at).stdout);

describe('trust promise', () => {
  it('add --json prints the promise per the contract', () => {
    const p = json(tempDb(), ['promise', 'add', 'Home by 8 on Thursday', '--due', 'thu 20:00', '--to', 'Sam']);
    expect(p).toMatchObject({
      id: 1,
      text: 'Home by 8 on Thursday',
      status: 'open',
      due: '2026-11-26T20:00',
      every: null,
      madeOn: '2026-11-22',
      resolvedOn: null,
      note: null,
    });
  });

  it('an unreadable --due exits 2 with examples of what works, and writes nothing', () => {
    const db = tempDb();
    const { code, stderr } = run(db, ['promise', 'add', 'x', '--due', 'whenever']);
    expect(code).toBe(2);
    expect(stderr).toContain('"thu 20:00"');
    expect(json(db, ['promise', 'list', '--all'])).toEqual([]);
  });

  it('empty text exits 2', () => {
    expect(run(tempDb(), ['promise', 'add', '   ']).code).toBe(2);
  });

  it('done marks it kept; done again is refused with exit 2 and nothing changes', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Call at lunch', '--due', 'tomorrow 12:00']);
    expect(run(db, ['promise', 'done', '1'], '2026-11-23T11:00').code).toBe(0);
    const again = run(db, ['promise', 'broken', '1'], '2026-11-23T13:00');
    expect(again.code).toBe(2);
    expect(json(db, ['promise', 'list', '--all'])[0]).toMatchObject({ status: 'kept', resolvedOn: '2026-11-23', keptLate: false });
  });

  it('kept after the due time is recorded as kept late', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Call at lunch', '--due', 'tomorrow 12:00']);
    expect(run(db, ['promise', 'done', '1'], '2026-11-23T15:00').stdout).toContain('late');
    expect(json(db, ['promise', 'list', '--all'])[0].keptLate).toBe(true);
  });

  it('an unknown id exits 2', () => {
    const { code, stderr } = run(tempDb(), ['promise', 'done', '42']);
    expect(code).toBe(2);
    expect(stderr).toContain('There is no promise 42');
  });

  it('release needs a note', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Dinner fri', '--due', 'fri']);
    expect(run(db, ['promise', 'release', '1']).code).toBe(2);
    expect(run(db, ['promise', 'release', '1', '--note', 'Moved to Saturday together']).code).toBe(0);
    expect(json(db, ['promise', 'list', '--all'])[0]).toMatchObject({ status: 'released', note: 'Moved to Saturday together' });
  });

  it('a recurring promise stays open while each day is marked on its own', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Share my plans each morning', '--every', 'day', '--on', 'fri']);
    run(db, ['promise', 'done', '1', '--on', 'fri']);
    run(db, ['promise', 'broken', '1', '--on', 'sat']);
    run(db, ['promise', 'done', '1']);
    expect(json(db, ['promise', 'list'])[0]).toMatchObject({ status: 'open', every: 'day' });
    expect(json(db, ['promise', 'stats'])).toMatchObject({ kept: 2, broken: 1, currentRun: 1 });
    expect(run(db, ['promise', 'done', '1']).code).toBe(2);
  });

  it('end closes an agreement; it leaves the open list', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Weekly walk', '--every', 'week']);
    expect(run(db, ['promise', 'end', '1']).code).toBe(0);
    expect(json(db, ['promise', 'list'])).toEqual([]);
    expect(json(db, ['promise', 'list', '--all'])[0]).toMatchObject({ status: 'released', endedOn: '2026-11-22' });
  });

  it('list shows overdue ones first, in words', () => {
    const db = tempDb();
    run(db, ['promise', 'add', 'Later', '--due', '2026-12-10'], '2026-11-20T09:00');
    run(db, ['promise', 'add', 'Missed', '--due', '2026-11-20'], '2026-11-20T09:00');
    const lines = run(db, ['promise', 'list']).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Missed\s+2 days overdue/);
    expect(lines[1]).toMatch(/Later\s+due 2026-12-10/);
    expect(json(db, ['promise', 'list', '--overdue']).map((p: { text: string }) => p.text)).toEqual(['Missed']);
  });
});
