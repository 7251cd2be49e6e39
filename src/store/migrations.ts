import type { Database } from 'better-sqlite3';

/**
 * Forward-only schema migrations, one per version. Append only: a shipped migration is never edited.
 * Migration `i` takes the schema from version `i` to `i + 1`.
 */
export const migrations: ReadonlyArray<(db: Database) => void> = [
  // 0 -> 1: the journal.
  (db) => {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE checkins (
        id         INTEGER PRIMARY KEY,
        day        TEXT NOT NULL UNIQUE,
        trust      INTEGER CHECK (trust BETWEEN 1 AND 10),
        mood       INTEGER CHECK (mood BETWEEN 1 AND 5),
        talked     INTEGER CHECK (talked IN (0, 1)),
        win        TEXT,
        trigger    TEXT,
        note       TEXT,
        answers    TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Answers given before a Ctrl-C, offered back on the next check-in of that day.
      CREATE TABLE checkin_drafts (
        day        TEXT PRIMARY KEY,
        answers    TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE promises (
        id          INTEGER PRIMARY KEY,
        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
        due         TEXT,
        every       TEXT,
        to_name     TEXT,
        made_on     TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'released')),
        resolved_on TEXT,
        kept_late   INTEGER NOT NULL DEFAULT 0,
        note        TEXT,
        ended_on    TEXT,
        apology_id  INTEGER REFERENCES apologies (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX promises_made_on ON promises (made_on);
      CREATE INDEX promises_resolved_on ON promises (resolved_on);
      CREATE INDEX promises_status ON promises (status);

      -- Each day's (or week's) occurrence of a recurring promise, marked on its own.
      CREATE TABLE promise_occurrences (
        id         INTEGER PRIMARY KEY,
        promise_id INTEGER NOT NULL REFERENCES promises (id) ON DELETE CASCADE,
        occurs_on  TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('kept', 'broken', 'released')),
        marked_on  TEXT NOT NULL,
        note       TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (promise_id, occurs_on)
      ) STRICT;
      CREATE INDEX promise_occurrences_marked_on ON promise_occurrences (marked_on);

      CREATE TABLE apologies (
        id         INTEGER PRIMARY KEY,
        about      TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE apology_versions (
        id         INTEGER PRIMARY KEY,
        apology_id INTEGER NOT NULL REFERENCES apologies (id) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        text       TEXT NOT NULL,
        verdict    TEXT NOT NULL,
        day        TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (apology_id, version)
      ) STRICT;
      CREATE INDEX apology_versions_day ON apology_versions (day);
    `);
  },
];

export const SCHEMA_VERSION = migrations.length;
