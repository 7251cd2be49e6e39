import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { migrations, SCHEMA_VERSION } from './migrations.js';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\0';
const CHOOSE_ANOTHER_PLACE = 'Choose another place with --db PATH or TRUST_DB.';

/**
 * Opens the journal: creates it (folder 0700, file 0600) on first use, refuses a file that is not
 * a SQLite database or whose schema is newer than this program (both left byte-for-byte untouched),
 * sets the pragmas and migrates. Callers should have set `process.umask(0o077)` first.
 */
export function openJournal(path: string): Db {
  refuseForeignFile(path);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`Cannot create the journal folder ${dirname(path)}: ${reason(error)}. ${CHOOSE_ANOTHER_PLACE}`);
  }
  let db: Db;
  try {
    db = new Database(path, bundledAddon());
  } catch (error) {
    throw new UserError(`Cannot open the journal at ${path}: ${reason(error)}. ${CHOOSE_ANOTHER_PLACE}`);
  }
  try {
    // Read the version before anything could write: a newer database is never touched.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new UserError(
        `The journal at ${path} was written by a newer version of trust (schema ${version}, this one knows ${SCHEMA_VERSION}). Update trust; the file was not changed.`,
      );
    }
    configure(db);
    migrate(db, version);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw notAJournal(path);
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_SHMOPEN')
      throw new UserError(
        `Cannot write the journal at ${path}: ${reason(error)}. Check the folder's permissions, or ${CHOOSE_ANOTHER_PLACE.toLowerCase()}`,
      );
    throw error;
  }
}

declare const TRUST_BUNDLED: boolean;

/**
 * In the bundle, the native addon is loaded by its path: better-sqlite3's default lookup (the
 * \`bindings\` package) walks a stack trace and a dozen candidate paths on every start.
 */
export function bundledAddon(): Database.Options {
  if (typeof TRUST_BUNDLED === 'undefined') return {};
  try {
    const addon = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    return existsSync(addon) ? { nativeBinding: addon } : {};
  } catch {
    return {};
  }
}

/** The pragmas every connection needs (better-sqlite3 in WAL would otherwise reopen with synchronous=NORMAL). */
function configure(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Without it, deleted or overwritten text stays readable in the file.
  db.pragma('secure_delete = ON');
}

/** Runs each pending migration in its own immediate transaction that ends by setting user_version. */
export function migrate(db: Db, from: number, to = SCHEMA_VERSION): void {
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) break;
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > version) return;
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** A file that exists, is not empty and does not start with SQLite's header is refused unread. */
function refuseForeignFile(path: string): void {
  try {
    if (statSync(path).isDirectory())
      throw new UserError(`${path} is a folder, not a journal file. Give a file path with --db PATH or TRUST_DB.`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    return;
  }
  let sqlite: boolean;
  try {
    sqlite = hasSqliteHeader(path);
  } catch (error) {
    throw new UserError(`Cannot read the journal at ${path}: ${reason(error)}. Check its permissions.`);
  }
  if (!sqlite) throw notAJournal(path);
}

/** True when the file starts with SQLite's 16-byte header (or is empty, which SQLite treats as a new database). */
export function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, header, 0, 16, 0);
    return read === 0 || header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function notAJournal(path: string): UserError {
  return new UserError(`${path} is not a trust journal (not a SQLite database); it was not changed. ${CHOOSE_ANOTHER_PLACE}`);
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return error instanceof Error ? error.message : String(error);
}
