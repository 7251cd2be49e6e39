import type { Day } from '../domain/journal-day.js';
import type { Every, Mark, MarkResult, Occurrence, PromiseStatus, TrustPromise } from '../domain/promises.js';
import { UserError } from '../errors.js';
import type { Db } from './open.js';

interface PromiseRow {
  id: number;
  text: string;
  due: string | null;
  every: string | null;
  to_name: string | null;
  made_on: string;
  status: string;
  resolved_on: string | null;
  kept_late: number;
  note: string | null;
  ended_on: string | null;
  apology_id: number | null;
  created_at: string;
}

interface OccurrenceRow {
  promise_id: number;
  occurs_on: string;
  status: string;
  marked_on: string;
  note: string | null;
  created_at: string;
}

/** A promise as stored: the domain's promise and when it was written. */
export type StoredPromise = TrustPromise & { createdAt: string };
export type StoredOccurrence = Occurrence & { createdAt: string };

export function toPromise(row: PromiseRow): StoredPromise {
  return {
    id: row.id,
    text: row.text,
    status: row.status as PromiseStatus,
    due: row.due,
    every: row.every as Every | null,
    to: row.to_name,
    madeOn: row.made_on,
    resolvedOn: row.resolved_on,
    note: row.note,
    keptLate: row.kept_late === 1,
    endedOn: row.ended_on,
    apologyId: row.apology_id,
    createdAt: row.created_at,
  };
}

export function toOccurrence(row: OccurrenceRow): StoredOccurrence {
  return {
    promiseId: row.promise_id,
    occursOn: row.occurs_on,
    status: row.status as Mark,
    markedOn: row.marked_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

export interface NewPromise {
  text: string;
  due: string | null;
  every: Every | null;
  to: string | null;
  madeOn: Day;
  apologyId?: number | null;
}

export function promiseStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO promises (text, due, every, to_name, made_on, apology_id, created_at)
     VALUES (@text, @due, @every, @to, @madeOn, @apologyId, @at)`,
  );
  const byId = db.prepare<{ id: number }, PromiseRow>('SELECT * FROM promises WHERE id = @id');
  const all = db.prepare<[], PromiseRow>('SELECT * FROM promises ORDER BY id');
  const open = db.prepare<[], PromiseRow>("SELECT * FROM promises WHERE status = 'open' ORDER BY id");
  const touching = db.prepare<{ from: string; to: string }, PromiseRow>(
    `SELECT * FROM promises WHERE made_on <= @to AND (status = 'open' OR resolved_on >= @from OR ended_on >= @from OR every IS NOT NULL) ORDER BY id`,
  );
  const resolve = db.prepare(
    "UPDATE promises SET status = @status, resolved_on = @resolvedOn, kept_late = @keptLate, note = @note WHERE id = @id AND status = 'open'",
  );
  const end = db.prepare("UPDATE promises SET status = 'released', resolved_on = @day, ended_on = @day WHERE id = @id AND status = 'open'");
  const occurrencesOf = db.prepare<{ id: number }, OccurrenceRow>(
    'SELECT * FROM promise_occurrences WHERE promise_id = @id ORDER BY occurs_on',
  );
  const occurrencesAll = db.prepare<[], OccurrenceRow>('SELECT * FROM promise_occurrences ORDER BY marked_on, id');
  const occurrencesMarkedBetween = db.prepare<{ from: string; to: string }, OccurrenceRow>(
    'SELECT * FROM promise_occurrences WHERE marked_on BETWEEN @from AND @to ORDER BY marked_on, id',
  );
  const insertOccurrence = db.prepare(
    `INSERT INTO promise_occurrences (promise_id, occurs_on, status, marked_on, note, created_at)
     VALUES (@promiseId, @occursOn, @status, @markedOn, @note, @at)`,
  );

  return {
    add(p: NewPromise, at: string): number {
      return Number(insert.run({ ...p, apologyId: p.apologyId ?? null, at }).lastInsertRowid);
    },
    get(id: number): StoredPromise | null {
      const row = byId.get({ id });
      return row ? toPromise(row) : null;
    },
    /** The promise, or the one-line error for an id that does not exist. */
    require(id: number): StoredPromise {
      const found = this.get(id);
      if (!found) throw new UserError(`There is no promise ${id}. See the numbers with: trust promise list --all`);
      return found;
    },
    all: (): StoredPromise[] => all.all().map(toPromise),
    open: (): StoredPromise[] => open.all().map(toPromise),
    /** Promises that may matter to a period: made by its end, and open, recurring, or resolved inside it. */
    touching: (from: Day, to: Day): StoredPromise[] => touching.all({ from, to }).map(toPromise),
    resolve(id: number, r: { status: Mark; resolvedOn: Day; keptLate: boolean; note: string | null }): void {
      const changed = resolve.run({ id, ...r, keptLate: r.keptLate ? 1 : 0 }).changes;
      if (changed !== 1) throw new UserError(`Promise ${id} changed meanwhile; nothing was saved. Try again.`);
    },
    end(id: number, day: Day): void {
      end.run({ id, day });
    },
    /** Writes what `decideMark` decided: a one-off resolution, or one occurrence. Call inside a transaction. */
    applyMark(id: number, mark: Exclude<MarkResult, { ok: false }>, at: string): void {
      if (mark.kind === 'occurrence') this.addOccurrence(mark.occurrence, at);
      else this.resolve(id, mark);
    },
    occurrences: (id: number): StoredOccurrence[] => occurrencesOf.all({ id }).map(toOccurrence),
    allOccurrences: (): StoredOccurrence[] => occurrencesAll.all().map(toOccurrence),
    occurrencesMarkedBetween: (from: Day, to: Day): StoredOccurrence[] => occurrencesMarkedBetween.all({ from, to }).map(toOccurrence),
    addOccurrence(o: Occurrence, at: string): void {
      try {
        insertOccurrence.run({ ...o, at });
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
          throw new UserError(`Promise ${o.promiseId} is already marked for ${o.occursOn}.`);
        throw error;
      }
    },
  };
}

export type PromiseStore = ReturnType<typeof promiseStore>;
