import type { Answers, Checkin, CheckinFields } from '../domain/checkin.js';
import { addDaysToDay, type Day } from '../domain/journal-day.js';
import type { Db } from './open.js';

interface CheckinRow {
  id: number;
  day: string;
  trust: number | null;
  mood: number | null;
  talked: number | null;
  win: string | null;
  trigger: string | null;
  note: string | null;
  answers: string;
  created_at: string;
  updated_at: string;
}

export function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    date: row.day,
    trust: row.trust,
    mood: row.mood,
    talked: row.talked === null ? null : row.talked === 1,
    win: row.win,
    trigger: row.trigger,
    note: row.note,
    answers: JSON.parse(row.answers) as Answers,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface Draft {
  day: Day;
  answers: Record<string, unknown>;
  updatedAt: string;
}

export function checkinStore(db: Db) {
  const byDay = db.prepare<{ day: string }, CheckinRow>('SELECT * FROM checkins WHERE day = @day');
  const between = db.prepare<{ from: string; to: string }, CheckinRow>(
    'SELECT * FROM checkins WHERE day BETWEEN @from AND @to ORDER BY day',
  );
  const latest = db.prepare<{ limit: number }, CheckinRow>('SELECT * FROM checkins ORDER BY day DESC LIMIT @limit');
  const daysUpTo = db.prepare<{ to: string; from: string }, { day: string }>(
    'SELECT day FROM checkins WHERE day BETWEEN @from AND @to ORDER BY day DESC',
  );
  const upsert = db.prepare(
    `INSERT INTO checkins (day, trust, mood, talked, win, trigger, note, answers, created_at, updated_at)
     VALUES (@day, @trust, @mood, @talked, @win, @trigger, @note, @answers, @at, @at)
     ON CONFLICT (day) DO UPDATE SET trust = excluded.trust, mood = excluded.mood, talked = excluded.talked,
       win = excluded.win, trigger = excluded.trigger, note = excluded.note, answers = excluded.answers,
       updated_at = excluded.updated_at`,
  );
  const draftGet = db.prepare<{ day: string }, { day: string; answers: string; updated_at: string }>(
    'SELECT * FROM checkin_drafts WHERE day = @day',
  );
  const draftPut = db.prepare(
    `INSERT INTO checkin_drafts (day, answers, updated_at) VALUES (@day, @answers, @at)
     ON CONFLICT (day) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`,
  );
  const draftDelete = db.prepare('DELETE FROM checkin_drafts WHERE day = @day');

  return {
    get(day: Day): Checkin | null {
      const row = byDay.get({ day });
      return row ? toCheckin(row) : null;
    },
    between(from: Day, to: Day): Checkin[] {
      return between.all({ from, to }).map(toCheckin);
    },
    latest(limit: number): Checkin[] {
      return latest.all({ limit }).map(toCheckin);
    },
    /** The days with a check-in from `from` to `to`. */
    daysBetween(from: Day, to: Day): Set<Day> {
      return new Set(daysUpTo.all({ from, to }).map((r) => r.day));
    },
    /**
     * The days with a check-in up to `lastDay`, going back far enough to hold the whole streak that
     * ends there: the window widens only while every day in it has a check-in.
     */
    streakDays(lastDay: Day): Set<Day> {
      for (let span = 63; ; span *= 4) {
        const days = this.daysBetween(addDaysToDay(lastDay, -span), lastDay);
        if (days.size <= span || span > 100_000) return days;
      }
    },
    /** Writes the day's check-in; call inside a transaction together with anything else it saves. */
    save(day: Day, fields: CheckinFields, at: string): void {
      upsert.run({
        day,
        trust: fields.trust,
        mood: fields.mood,
        talked: fields.talked === null ? null : fields.talked ? 1 : 0,
        win: fields.win,
        trigger: fields.trigger,
        note: fields.note,
        answers: JSON.stringify(fields.answers),
        at,
      });
      draftDelete.run({ day });
    },
    draft(day: Day): Draft | null {
      const row = draftGet.get({ day });
      return row ? { day: row.day, answers: JSON.parse(row.answers) as Record<string, unknown>, updatedAt: row.updated_at } : null;
    },
    saveDraft(day: Day, answers: Record<string, unknown>, at: string): void {
      db.transaction(() => draftPut.run({ day, answers: JSON.stringify(answers), at })).immediate();
    },
    discardDraft(day: Day): void {
      db.transaction(() => draftDelete.run({ day })).immediate();
    },
  };
}

export type CheckinStore = ReturnType<typeof checkinStore>;
