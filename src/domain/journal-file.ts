import { z } from 'zod';
import { isIsoDay } from './journal-day.js';

/**
 * The export file: everything in the journal, in a shape that stays readable and importable
 * across versions (`formatVersion`). `trust import` validates a file against this before it writes.
 */
const day = z.string().refine(isIsoDay, 'must be a date written YYYY-MM-DD');
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date-time (ISO 8601)');
const due = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM');
const text = z.string().nullable();

export const exportedCheckin = z.strictObject({
  date: day,
  trust: z.number().int().min(1).max(10).nullable(),
  mood: z.number().int().min(1).max(5).nullable(),
  talked: z.boolean().nullable(),
  win: text,
  trigger: text,
  note: text,
  answers: z.record(z.string(), z.union([z.string(), z.boolean()])),
  createdAt: instant,
  updatedAt: instant,
});

export const exportedOccurrence = z.strictObject({
  occursOn: day,
  status: z.enum(['kept', 'broken', 'released']),
  markedOn: day,
  note: text,
  createdAt: instant,
});

export const exportedPromise = z.strictObject({
  id: z.number().int().positive(),
  text: z.string().refine((t) => t.trim() !== '', 'must not be empty'),
  status: z.enum(['open', 'kept', 'broken', 'released']),
  due: due.nullable(),
  every: z.enum(['day', 'weekdays', 'week', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).nullable(),
  to: text,
  madeOn: day,
  resolvedOn: day.nullable(),
  note: text,
  keptLate: z.boolean(),
  endedOn: day.nullable(),
  apologyId: z.number().int().positive().nullable(),
  createdAt: instant,
  occurrences: z.array(exportedOccurrence),
});

export const exportedApology = z.strictObject({
  id: z.number().int().positive(),
  about: text,
  createdAt: instant,
  versions: z
    .array(z.strictObject({ version: z.number().int().positive(), text: z.string(), verdict: z.string(), day, createdAt: instant }))
    .min(1),
});

export const FORMAT_VERSION = 1;

export const journalFile = z
  .strictObject({
    format: z.literal('trust-journal'),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: instant,
    settings: z.strictObject({
      role: z.enum(['repairing', 'healing', 'both']),
      partner: z.string().max(80).nullable(),
      dayEndsAt: z.number().int().min(0).max(6),
      weekStartsOn: z.enum(['mon', 'sun']),
    }),
    checkins: z.array(exportedCheckin),
    checkinDrafts: z.array(z.strictObject({ date: day, answers: z.record(z.string(), z.unknown()), updatedAt: instant })),
    promises: z.array(exportedPromise),
    apologies: z.array(exportedApology),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.checkins.forEach((c, i) => {
      if (seen.has(c.date)) ctx.addIssue({ code: 'custom', message: `a second check-in for ${c.date}`, path: ['checkins', i, 'date'] });
      seen.add(c.date);
    });
    const promiseIds = new Set<number>();
    const apologyIds = new Set(file.apologies.map((a) => a.id));
    file.promises.forEach((p, i) => {
      if (promiseIds.has(p.id)) ctx.addIssue({ code: 'custom', message: `a second promise with id ${p.id}`, path: ['promises', i, 'id'] });
      promiseIds.add(p.id);
      if (p.apologyId !== null && !apologyIds.has(p.apologyId))
        ctx.addIssue({
          code: 'custom',
          message: `refers to apology ${p.apologyId}, which is not in the file`,
          path: ['promises', i, 'apologyId'],
        });
      if ((p.status === 'open') !== (p.resolvedOn === null))
        ctx.addIssue({
          code: 'custom',
          message: 'an open promise has no resolvedOn, and a resolved one has one',
          path: ['promises', i, 'resolvedOn'],
        });
      if (p.occurrences.length > 0 && p.every === null)
        ctx.addIssue({ code: 'custom', message: 'only a recurring promise (every) has occurrences', path: ['promises', i, 'occurrences'] });
    });
    file.apologies.forEach((a, i) => {
      a.versions.forEach((v, j) => {
        if (v.version !== j + 1)
          ctx.addIssue({ code: 'custom', message: `versions must be numbered 1, 2, 3…`, path: ['apologies', i, 'versions', j, 'version'] });
      });
    });
  });

export type JournalFile = z.infer<typeof journalFile>;

/** Why a file cannot be imported: the first problems, each with the path of the field and, when found, its line. */
export function describeFileProblems(error: z.ZodError, source: string): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const path =
      issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '') || '(top level)';
    const line = lineOfPath(source, issue.path);
    return `${path}${line ? ` (line ${line})` : ''}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return lines.join('; ') + more;
}

/** Best effort: the line where a path's last key appears, walking the keys in order through pretty-printed JSON. */
function lineOfPath(source: string, path: ReadonlyArray<PropertyKey>): number | null {
  let at = 0;
  for (const key of path) {
    if (typeof key === 'number') {
      // Skip `key` elements: find the (key+1)-th "{" or value start after `at` at the next depth. Approximate by objects.
      for (let i = 0; i <= key; i++) {
        const next = source.indexOf('{', at + (i === 0 ? 0 : 1));
        if (next === -1) return null;
        at = i === key ? next : skipObject(source, next);
      }
    } else {
      const next = source.indexOf(`"${String(key)}"`, at);
      if (next === -1) return null;
      at = next;
    }
  }
  return source.slice(0, at).split('\n').length;
}

function skipObject(source: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return source.length;
}
