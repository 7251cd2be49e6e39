import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runBin, tempDb, tempDir } from '../helpers.js';

const now = '2026-11-22T21:00';
const run = (db: string, args: string[], opts: { input?: string } = {}) => runBin(args, { db, now, ...opts });
const withoutStamp = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '');

function sampleJournal(): string {
  const db = tempDb();
  run(db, ['init', '--role', 'healing', '--partner', 'Sam', '--day-ends-at', '5', '--week-starts-on', 'sun', '--no-input']);
  run(db, [
    'checkin',
    '--trust',
    '6',
    '--mood',
    '3',
    '--talked',
    '--win',
    'Tea 🍵 "together"',
    '--note',
    'line one\nline two — ünïcode',
    '--date',
    'yesterday',
  ]);
  run(db, ['checkin', '--trust', '7', '--note', 'x'.repeat(20000)]);
  run(db, ['promise', 'add', 'Home by 8', '--due', 'thu 20:00', '--to', 'Sam']);
  run(db, ['promise', 'add', 'Share plans', '--every', 'day', '--on', 'yesterday']);
  run(db, ['promise', 'done', '2', '--on', 'yesterday']);
  run(db, ['promise', 'broken', '2', '--note', 'forgot']);
  run(db, ['apology', 'draft', '--about', 'Friday', '--what', 'I lied about Friday', '--change', 'I will tell you my plans', '--promise']);
  return db;
}

describe('export and import', () => {
  it('exporting an imported journal gives back the same content', () => {
    const source = sampleJournal();
    const exported = run(source, ['export']).stdout;
    const file = join(tempDir(), 'journal.json');
    writeFileSync(file, exported);
    const target = tempDb();
    expect(run(target, ['import', file]).code).toBe(0);
    expect(withoutStamp(run(target, ['export']).stdout)).toBe(withoutStamp(exported));
  });

  it('--out writes an owner-only file', () => {
    const out = join(tempDir(), 'backup.json');
    run(sampleJournal(), ['export', '--out', out]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('trust-journal');
  });

  it('--format md is the readable journal', () => {
    const md = run(sampleJournal(), ['export', '--format', 'md']).stdout;
    expect(md).toMatch(/^# My trust journal/);
    expect(md).toContain('- **Win:** Tea 🍵 "together"');
  });

  it('a truncated file changes nothing and says where it ends', () => {
    const db = sampleJournal();
    const before = run(db, ['export']).stdout;
    const file = join(tempDir(), 'cut.json');
    writeFileSync(file, before.slice(0, before.length / 2));
    const r = run(db, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not valid JSON .*nothing was imported/);
    expect(withoutStamp(run(db, ['export']).stdout)).toBe(withoutStamp(before));
  });

  it('a wrong-shaped file changes nothing and names the field and its line', () => {
    const db = tempDb();
    const file = join(tempDir(), 'bad.json');
    const good = JSON.parse(run(sampleJournal(), ['export']).stdout);
    good.checkins[1].trust = 11;
    writeFileSync(file, JSON.stringify(good, null, 2));
    const r = run(db, ['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/checkins\[1\]\.trust \(line \d+\)/);
    expect(JSON.parse(run(db, ['checkin', 'list', '--json']).stdout)).toEqual([]);
  });

  it('--dry-run says what would change and changes nothing', () => {
    const file = join(tempDir(), 'j.json');
    writeFileSync(file, run(sampleJournal(), ['export']).stdout);
    const db = tempDb();
    const r = run(db, ['import', file, '--dry-run', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true, checkins: { added: 2 }, promises: { added: 3 }, apologies: { added: 1 } });
    expect(JSON.parse(run(db, ['checkin', 'list', '--json']).stdout)).toEqual([]);
  });

  it('merging keeps what the journal has: a day it already has is not overwritten', () => {
    const file = join(tempDir(), 'j.json');
    writeFileSync(file, run(sampleJournal(), ['export']).stdout);
    const db = tempDb();
    run(db, ['checkin', '--trust', '2', '--note', 'mine']);
    const r = JSON.parse(run(db, ['import', file, '--json']).stdout);
    expect(r.checkins).toEqual({ added: 1, skipped: 0, conflicts: ['2026-11-22'] });
    expect(JSON.parse(run(db, ['checkin', 'show', '--json']).stdout).note).toBe('mine');
  });

  it('importing the same file twice adds nothing the second time', () => {
    const file = join(tempDir(), 'j.json');
    writeFileSync(file, run(sampleJournal(), ['export']).stdout);
    const db = tempDb();
    run(db, ['import', file]);
    const second = JSON.parse(run(db, ['import', file, '--json']).stdout);
    expect([second.checkins.added, second.promises.added, second.apologies.added]).toEqual([0, 0, 0]);
  });

  it('--replace takes the file instead of the journal', () => {
    const file = join(tempDir(), 'j.json');
    const exported = run(sampleJournal(), ['export']).stdout;
    writeFileSync(file, exported);
    const db = tempDb();
    run(db, ['checkin', '--trust', '2', '--note', 'mine']);
    run(db, ['import', file, '--replace']);
    expect(withoutStamp(run(db, ['export']).stdout)).toBe(withoutStamp(exported));
  });
});

describe('backup', () => {
  it('writes a consistent, owner-only copy beside the journal, while it is open', () => {
    const db = sampleJournal();
    const holder = new Database(db);
    holder.prepare('BEGIN').run(); // another connection in the middle of reading
    const r = run(db, ['backup', '--json']);
    holder.prepare('COMMIT').run();
    holder.close();
    const path = JSON.parse(r.stdout).path as string;
    expect(path).toBe(join(db, '..', 'journal-backup-2026-11-22.db'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const copy = new Database(path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(2);
    copy.close();
  });

  it('never overwrites an existing file', () => {
    const db = sampleJournal();
    const target = join(tempDir(), 'copy.db');
    writeFileSync(target, 'keep me');
    expect(run(db, ['backup', target]).code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('doctor', () => {
  it('reports location, schema, integrity and counts', () => {
    const r = JSON.parse(run(sampleJournal(), ['doctor', '--json']).stdout);
    expect(r).toMatchObject({
      exists: true,
      schemaVersion: 1,
      integrity: 'ok',
      journalMode: 'wal',
      counts: { checkins: 2, promises: 3, apologies: 1 },
      problems: [],
    });
  });

  it('warns about files readable by others, exits non-zero, and --fix makes them owner-only', async () => {
    const db = sampleJournal();
    const { chmodSync } = await import('node:fs');
    chmodSync(db, 0o644);
    const r = run(db, ['doctor']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('readable by others');
    expect(run(db, ['doctor', '--fix']).code).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });

  it('a file that is not a journal is reported, not touched', () => {
    const db = tempDb();
    writeFileSync(db, 'not a database at all');
    const r = run(db, ['doctor']);
    expect(r.code).toBe(1);
    expect(readFileSync(db, 'utf8')).toBe('not a database at all');
  });

  it('a missing journal is not created by doctor', () => {
    const db = tempDb();
    expect(run(db, ['doctor']).stdout).toContain('No journal yet');
    expect(() => statSync(db)).toThrow();
  });
});

describe('import refuses files that are not exports', () => {
  it('a JSON file from elsewhere is named as such', () => {
    const file = join(tempDir(), 'other.json');
    writeFileSync(file, '{"hello": "world"}');
    const r = run(tempDb(), ['import', file]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('is not a file from trust export')]);
  });

  it('an export from a newer format says to update trust', () => {
    const file = join(tempDir(), 'newer.json');
    writeFileSync(file, '{"format": "trust-journal", "formatVersion": 9}');
    expect(run(tempDb(), ['import', file]).stderr).toContain('newer version of trust');
  });
});
