import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { migrate, openJournal } from '../../src/store/open.js';
import { tempDir } from '../helpers.js';

process.umask(0o077);

describe('openJournal', () => {
  it('creates the folder 0700 and the file 0600 on first use', () => {
    const dir = join(tempDir(), 'nested', 'trust');
    const db = openJournal(join(dir, 'journal.db'));
    db.close();
    expect([statSync(dir).mode & 0o777, statSync(join(dir, 'journal.db')).mode & 0o777]).toEqual([0o700, 0o600]);
  });

  it('sets WAL, synchronous=FULL, foreign keys, a busy timeout and secure_delete', () => {
    const db = openJournal(join(tempDir(), 'j.db'));
    const pragmas = {
      journal: db.pragma('journal_mode', { simple: true }),
      sync: db.pragma('synchronous', { simple: true }),
      fk: db.pragma('foreign_keys', { simple: true }),
      busy: db.pragma('busy_timeout', { simple: true }),
      secure: db.pragma('secure_delete', { simple: true }),
    };
    db.close();
    expect(pragmas).toEqual({ journal: 'wal', sync: 2, fk: 1, busy: 5000, secure: 1 });
  });

  it('migrates a new journal to the current schema version', () => {
    const db = openJournal(join(tempDir(), 'j.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version and leaves it byte-for-byte untouched', () => {
    const path = join(tempDir(), 'newer.db');
    const other = new Database(path);
    other.exec('CREATE TABLE future (x); PRAGMA user_version = 99;');
    other.close();
    const before = readFileSync(path);
    expect(() => openJournal(path)).toThrowError(/newer version of trust/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not a SQLite database, naming it, and leaves it untouched', () => {
    const path = join(tempDir(), 'notes.txt');
    writeFileSync(path, 'my private notes, not a database\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => openJournal(path)).toThrowError(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a trust journal`));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a folder it cannot create gives a clear user error', () => {
    const parent = tempDir();
    chmodSync(parent, 0o500);
    try {
      if (process.getuid?.() === 0) return; // root ignores folder permissions
      expect(() => openJournal(join(parent, 'sub', 'j.db'))).toThrowError(UserError);
    } finally {
      chmodSync(parent, 0o700);
    }
  });

  it('a path inside a file (not a folder) gives a clear user error', () => {
    const file = join(tempDir(), 'plain');
    writeFileSync(file, 'x');
    expect(() => openJournal(join(file, 'j.db'))).toThrowError(/Cannot create the journal folder/);
  });
});

describe('migration 1', () => {
  it('from an empty version-0 file creates every table the commands need', () => {
    const path = join(tempDir(), 'j.db');
    const db = new Database(path);
    migrate(db, 0, 1);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    db.close();
    expect(tables).toEqual(['apologies', 'apology_versions', 'checkin_drafts', 'checkins', 'promise_occurrences', 'promises', 'settings']);
  });
});
