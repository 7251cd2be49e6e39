import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runBin, tempDb, tempDir } from '../helpers.js';

const WRITER = join(import.meta.dirname, '..', 'fixtures', 'writer.mjs');

function startWriter(db: string, label: string, count: number) {
  const child = spawn(process.execPath, [WRITER, db, label, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, done, committed: () => out.trim().split('\n').filter(Boolean).length, err: () => err };
}

function inspect(db: string) {
  const conn = new Database(db, { readonly: true });
  try {
    return {
      integrity: conn.pragma('integrity_check', { simple: true }),
      texts: conn.prepare('SELECT text FROM promises ORDER BY id').pluck().all() as string[],
    };
  } finally {
    conn.close();
  }
}

describe('faults', () => {
  it('SIGKILL in the middle of writes, twelve times over, leaves an intact journal with every acknowledged write', async () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '5'], { db });
    let expected = 0;
    for (let round = 0; round < 12; round++) {
      const w = startWriter(db, `r${round}`, 100000);
      await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 250)));
      w.child.kill('SIGKILL');
      await w.done;
      const { integrity, texts } = inspect(db);
      expect(integrity).toBe('ok');
      const mine = texts.filter((t) => t.startsWith(`r${round} `));
      // Every write the child reported is there; at most one more (committed, not yet reported).
      expect(mine.length - w.committed()).toBeGreaterThanOrEqual(0);
      expect(mine.length - w.committed()).toBeLessThanOrEqual(1);
      expect(mine).toEqual(mine.map((_, i) => `r${round} ${i}`));
      expected += mine.length;
    }
    expect(inspect(db).texts).toHaveLength(expected);
    const doctor = runBin(['doctor', '--json'], { db });
    expect(doctor.code).toBe(0);
    expect(JSON.parse(doctor.stdout).integrity).toBe('ok');
  });

  it('an import killed part-way leaves all of it or none of it', async () => {
    const db = tempDb();
    runBin(['config', 'set', 'role', 'both'], { db });
    const file = JSON.parse(runBin(['export'], { db: tempDb() }).stdout);
    for (let i = 0; i < 30; i++) {
      const date = `2026-10-${String(i + 1).padStart(2, '0')}`;
      const at = `${date}T21:00:00.000Z`;
      file.checkins.push({
        date,
        trust: (i % 10) + 1,
        mood: null,
        talked: null,
        win: null,
        trigger: null,
        note: null,
        answers: {},
        createdAt: at,
        updatedAt: at,
      });
    }
    // Make it big enough that the import takes a while.
    for (let i = 0; i < 4000; i++)
      file.promises.push({
        id: i + 1,
        text: `p${i}`,
        status: 'open',
        due: null,
        every: null,
        to: null,
        madeOn: '2026-10-01',
        resolvedOn: null,
        note: 'x'.repeat(200),
        keptLate: false,
        endedOn: null,
        apologyId: null,
        createdAt: '2026-10-01T10:00:00.000Z',
        occurrences: [],
      });
    const path = join(tempDir(), 'big.json');
    writeFileSync(path, JSON.stringify(file));
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'trust.js'), 'import', path, '--replace'], {
        env: { ...process.env, TRUST_DB: db },
      });
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, 150 + round * 75));
      child.kill('SIGKILL');
      await closed;
      const conn = new Database(db, { readonly: true });
      const counts = [
        conn.prepare('SELECT count(*) FROM promises').pluck().get(),
        conn.prepare('SELECT count(*) FROM checkins').pluck().get(),
      ];
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      conn.close();
      expect([
        [0, 0],
        [4000, 30],
      ]).toContainEqual(counts);
    }
  });

  it('two processes writing at once lose nothing', async () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '5'], { db });
    const a = startWriter(db, 'a', 150);
    const b = startWriter(db, 'b', 150);
    expect(await Promise.all([a.done, b.done])).toEqual([0, 0]);
    const { texts } = inspect(db);
    expect(texts.filter((t) => t.startsWith('a '))).toHaveLength(150);
    expect(texts.filter((t) => t.startsWith('b '))).toHaveLength(150);
  });

  it('every write command given bad input changes nothing', () => {
    const db = tempDb();
    const now = '2026-11-22T21:00';
    runBin(['checkin', '--trust', '5', '--win', 'tea'], { db, now });
    runBin(['promise', 'add', 'Call', '--due', 'tomorrow'], { db, now });
    runBin(['promise', 'add', 'Plans', '--every', 'day'], { db, now });
    runBin(['apology', 'draft', '--what', 'I lied'], { db, now });
    const before = runBin(['export'], { db, now }).stdout;
    const bad = [
      ['checkin', '--trust', '0'],
      ['checkin', '--mood', '9'],
      ['checkin', '--date', 'someday', '--trust', '3'],
      ['checkin', '--date', 'tomorrow', '--trust', '3'],
      ['checkin', '--win', ''],
      ['promise', 'add', ''],
      ['promise', 'add', 'x', '--due', 'whenever'],
      ['promise', 'add', 'x', '--every', 'fortnight'],
      ['promise', 'add', 'x', '--due', 'fri', '--every', 'day'],
      ['promise', 'add', 'x', '--on', 'tomorrow'],
      ['promise', 'done', '99'],
      ['promise', 'done', 'abc'],
      ['promise', 'done', '2', '--on', 'someday'],
      ['promise', 'release', '1'],
      ['promise', 'end', '1'],
      ['promise', 'broken', '1', '--on', 'last week'],
      ['config', 'set', 'dayEndsAt', '9'],
      ['config', 'set', 'role', 'judge'],
      ['config', 'set', 'colour', 'red'],
      ['init', '--day-ends-at', '12', '--no-input'],
      ['apology', 'edit', '7'],
      ['apology', 'draft', '--promise', '--what', 'x'],
      ['import', '/nonexistent.json'],
    ];
    for (const args of bad) {
      const r = runBin(args, { db, now });
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const after = runBin(['export'], { db, now }).stdout;
    expect(after.replace(/"exportedAt": ".*"/, '')).toBe(before.replace(/"exportedAt": ".*"/, ''));
  });

  it('a database from a newer version is refused by every command and left byte-for-byte untouched', () => {
    const db = tempDb();
    const conn = new Database(db);
    conn.exec('CREATE TABLE t (x); PRAGMA user_version = 42;');
    conn.close();
    const bytes = readFileSync(db);
    for (const args of [['checkin', '--trust', '4'], ['report'], ['promise', 'list'], ['export']]) {
      const r = runBin(args, { db });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('newer version of trust');
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it('a missing folder is created; a path through a file gives a clear error', () => {
    const dir = tempDir();
    expect(runBin(['checkin', '--trust', '4'], { db: join(dir, 'a', 'b', 'journal.db') }).code).toBe(0);
    writeFileSync(join(dir, 'file'), '');
    const r = runBin(['checkin', '--trust', '4'], { db: join(dir, 'file', 'journal.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot create the journal folder');
  });
});

describe('a journal held locked by another process', () => {
  it('a write waits, then fails with one clear line and saves nothing', () => {
    const db = tempDb();
    runBin(['checkin', '--trust', '5'], { db });
    const holder = new Database(db);
    holder.prepare('BEGIN IMMEDIATE').run();
    try {
      const r = runBin(['promise', 'add', 'Call'], { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        'trust: Nothing was saved: the journal is busy: another trust kept it locked for more than 5 seconds. Try again in a moment.\n',
      );
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
    expect(JSON.parse(runBin(['promise', 'list', '--json'], { db }).stdout)).toEqual([]);
  });
});
