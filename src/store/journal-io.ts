import { FORMAT_VERSION, type JournalFile } from '../domain/journal-file.js';
import { apologyStore } from './apologies-store.js';
import { toCheckin } from './checkins-store.js';
import { journalIsEmpty } from './journal-empty.js';
import type { Db } from './open.js';
import { promiseStore } from './promises-store.js';
import { settingsStore } from './settings-store.js';

type Row = Record<string, unknown>;

/** Everything in the journal, in the export file's shape. Read inside one transaction, so it is consistent. */
export function readJournal(db: Db, exportedAt: string): JournalFile {
  return db.transaction(() => {
    const checkins = (db.prepare('SELECT * FROM checkins ORDER BY day').all() as Parameters<typeof toCheckin>[0][]).map((row) => {
      const { id: _id, date, ...rest } = toCheckin(row);
      return { date, ...rest } as JournalFile['checkins'][number];
    });
    const drafts = (db.prepare('SELECT * FROM checkin_drafts ORDER BY day').all() as Row[]).map((r) => ({
      date: r.day as string,
      answers: JSON.parse(r.answers as string) as Record<string, unknown>,
      updatedAt: r.updated_at as string,
    }));
    const promises = promiseStore(db);
    return {
      format: 'trust-journal' as const,
      formatVersion: FORMAT_VERSION as 1,
      exportedAt,
      settings: settingsStore(db).read(),
      checkins,
      checkinDrafts: drafts,
      promises: promises.all().map((p) => ({
        ...p,
        occurrences: promises.occurrences(p.id).map(({ promiseId: _id, ...occurrence }) => occurrence),
      })),
      apologies: apologyStore(db).all(),
    };
  })();
}

export interface ImportSummary {
  mode: 'merge' | 'replace';
  checkins: { added: number; skipped: number; conflicts: string[] };
  promises: { added: number; skipped: number };
  apologies: { added: number; skipped: number };
  settings: boolean;
}

class DryRun extends Error {}

/**
 * Writes a validated file into the journal, all or nothing in one immediate transaction.
 * Merge keeps everything already there; --replace empties the journal first and keeps the file's ids.
 * A dry run does the same work and rolls it back, so its summary is exactly what would happen.
 */
export function importJournal(db: Db, file: JournalFile, opts: { replace: boolean; dryRun: boolean; at: string }): ImportSummary {
  const summary: ImportSummary = {
    mode: opts.replace ? 'replace' : 'merge',
    checkins: { added: 0, skipped: 0, conflicts: [] },
    promises: { added: 0, skipped: 0 },
    apologies: { added: 0, skipped: 0 },
    settings: true,
  };
  const run = db.transaction(() => {
    const empty = journalIsEmpty(db);
    if (opts.replace) {
      for (const table of ['promise_occurrences', 'promises', 'apology_versions', 'apologies', 'checkin_drafts', 'checkins', 'settings'])
        db.exec(`DELETE FROM ${table}`);
    }
    const keepIds = opts.replace || empty;
    const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    const s = file.settings;
    for (const [k, v] of Object.entries({
      role: s.role,
      partner: s.partner ?? '',
      dayEndsAt: String(s.dayEndsAt),
      weekStartsOn: s.weekStartsOn,
    }))
      putSetting.run(k, v);
    putSetting.run(
      'initialisedAt',
      (db.prepare("SELECT value FROM settings WHERE key = 'initialisedAt'").pluck().get() as string | undefined) ?? opts.at,
    );

    const checkinAt = db.prepare('SELECT * FROM checkins WHERE day = ?');
    const insertCheckin = db.prepare(
      'INSERT INTO checkins (day, trust, mood, talked, win, trigger, note, answers, created_at, updated_at) VALUES (@date, @trust, @mood, @talked, @win, @trigger, @note, @answers, @createdAt, @updatedAt)',
    );
    for (const c of file.checkins) {
      const existing = checkinAt.get(c.date) as Parameters<typeof toCheckin>[0] | undefined;
      if (existing) {
        const { id: _id, date: _d, ...mine } = toCheckin(existing);
        const { date: _date, ...theirs } = c;
        if (JSON.stringify(mine) === JSON.stringify(theirs)) summary.checkins.skipped++;
        else summary.checkins.conflicts.push(c.date);
        continue;
      }
      insertCheckin.run({ ...c, talked: c.talked === null ? null : c.talked ? 1 : 0, answers: JSON.stringify(c.answers) });
      summary.checkins.added++;
    }
    const insertDraft = db.prepare('INSERT OR IGNORE INTO checkin_drafts (day, answers, updated_at) VALUES (?, ?, ?)');
    for (const d of file.checkinDrafts) insertDraft.run(d.date, JSON.stringify(d.answers), d.updatedAt);

    const apologyIds = new Map<number, number>();
    const sameApology = db.prepare(
      'SELECT a.id FROM apologies a JOIN apology_versions v ON v.apology_id = a.id AND v.version = 1 WHERE a.created_at = ? AND a.about IS ? AND v.text = ?',
    );
    const insertApology = db.prepare('INSERT INTO apologies (id, about, created_at) VALUES (?, ?, ?)');
    const insertVersion = db.prepare(
      'INSERT INTO apology_versions (apology_id, version, text, verdict, day, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const a of file.apologies) {
      const same = sameApology.pluck().get(a.createdAt, a.about, a.versions[0]?.text ?? '') as number | undefined;
      if (same !== undefined) {
        apologyIds.set(a.id, same);
        summary.apologies.skipped++;
        continue;
      }
      const id = Number(insertApology.run(keepIds ? a.id : null, a.about, a.createdAt).lastInsertRowid);
      apologyIds.set(a.id, id);
      for (const v of a.versions) insertVersion.run(id, v.version, v.text, v.verdict, v.day, v.createdAt);
      summary.apologies.added++;
    }

    const promiseKey = (p: { text: string; madeOn: string; due: string | null; every: string | null; createdAt: string }) =>
      JSON.stringify([p.text, p.madeOn, p.due, p.every, p.createdAt]);
    const existingPromises = new Set(
      (db.prepare('SELECT text, made_on, due, every, created_at FROM promises').all() as Row[]).map((r) =>
        promiseKey({
          text: r.text as string,
          madeOn: r.made_on as string,
          due: r.due as string | null,
          every: r.every as string | null,
          createdAt: r.created_at as string,
        }),
      ),
    );
    const insertPromise = db.prepare(
      `INSERT INTO promises (id, text, due, every, to_name, made_on, status, resolved_on, kept_late, note, ended_on, apology_id, created_at)
       VALUES (@id, @text, @due, @every, @to, @madeOn, @status, @resolvedOn, @keptLate, @note, @endedOn, @apologyId, @createdAt)`,
    );
    const insertOccurrence = db.prepare(
      'INSERT INTO promise_occurrences (promise_id, occurs_on, status, marked_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const p of file.promises) {
      if (existingPromises.has(promiseKey(p))) {
        summary.promises.skipped++;
        continue;
      }
      const id = Number(
        insertPromise.run({
          ...p,
          id: keepIds ? p.id : null,
          keptLate: p.keptLate ? 1 : 0,
          apologyId: p.apologyId === null ? null : (apologyIds.get(p.apologyId) ?? null),
        }).lastInsertRowid,
      );
      for (const o of p.occurrences) insertOccurrence.run(id, o.occursOn, o.status, o.markedOn, o.note, o.createdAt);
      summary.promises.added++;
    }
    if (opts.dryRun) throw new DryRun();
  });
  try {
    run.immediate();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return summary;
}
