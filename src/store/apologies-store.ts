import type { Day } from '../domain/journal-day.js';
import { UserError } from '../errors.js';
import type { Db } from './open.js';

export interface ApologyVersion {
  version: number;
  text: string;
  verdict: string;
  day: Day;
  createdAt: string;
}

export interface Apology {
  id: number;
  about: string | null;
  createdAt: string;
  versions: ApologyVersion[];
}

interface VersionRow {
  apology_id: number;
  version: number;
  text: string;
  verdict: string;
  day: string;
  created_at: string;
}

const toVersion = (r: VersionRow): ApologyVersion => ({
  version: r.version,
  text: r.text,
  verdict: r.verdict,
  day: r.day,
  createdAt: r.created_at,
});

export function apologyStore(db: Db) {
  const insert = db.prepare('INSERT INTO apologies (about, created_at) VALUES (@about, @at)');
  const insertVersion = db.prepare(
    `INSERT INTO apology_versions (apology_id, version, text, verdict, day, created_at)
     VALUES (@id, (SELECT coalesce(max(version), 0) + 1 FROM apology_versions WHERE apology_id = @id), @text, @verdict, @day, @at)`,
  );
  const byId = db.prepare<{ id: number }, { id: number; about: string | null; created_at: string }>(
    'SELECT * FROM apologies WHERE id = @id',
  );
  const all = db.prepare<[], { id: number; about: string | null; created_at: string }>('SELECT * FROM apologies ORDER BY id');
  const versionsOf = db.prepare<{ id: number }, VersionRow>('SELECT * FROM apology_versions WHERE apology_id = @id ORDER BY version');
  const workedOn = db.prepare<{ from: string; to: string }, { n: number }>(
    'SELECT count(DISTINCT apology_id) AS n FROM apology_versions WHERE day BETWEEN @from AND @to',
  );

  const load = (row: { id: number; about: string | null; created_at: string }): Apology => ({
    id: row.id,
    about: row.about,
    createdAt: row.created_at,
    versions: versionsOf.all({ id: row.id }).map(toVersion),
  });

  return {
    /** A new draft with its first version; call inside a transaction. */
    create(about: string | null, text: string, verdict: string, day: Day, at: string): number {
      const id = Number(insert.run({ about, at }).lastInsertRowid);
      insertVersion.run({ id, text, verdict, day, at });
      return id;
    },
    addVersion(id: number, text: string, verdict: string, day: Day, at: string): void {
      insertVersion.run({ id, text, verdict, day, at });
    },
    get(id: number): Apology | null {
      const row = byId.get({ id });
      return row ? load(row) : null;
    },
    require(id: number): Apology {
      const found = this.get(id);
      if (!found) throw new UserError(`There is no apology draft ${id}. See them with: trust apology list`);
      return found;
    },
    all: (): Apology[] => all.all().map(load),
    /** How many drafts got a new version between two days. */
    workedOnBetween: (from: Day, to: Day): number => workedOn.get({ from, to })?.n ?? 0,
  };
}
