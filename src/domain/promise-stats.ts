import type { Day } from './journal-day.js';
import type { Mark, Occurrence, TrustPromise } from './promises.js';

/** One marking: a one-off promise resolved, or one occurrence of a recurring promise. */
export interface MarkEvent {
  promiseId: number;
  day: Day;
  status: Mark;
  keptLate: boolean;
}

/** Every marking in the journal, in the order it happened (by day, then by promise). */
export function markEvents(promises: readonly TrustPromise[], occurrences: readonly Occurrence[]): MarkEvent[] {
  const events: MarkEvent[] = [];
  for (const p of promises) {
    // Ending an agreement is not a renegotiation: it is not counted as a release.
    if (p.every === null && p.status !== 'open' && p.resolvedOn !== null)
      events.push({ promiseId: p.id, day: p.resolvedOn, status: p.status as Mark, keptLate: p.keptLate });
  }
  for (const o of occurrences) events.push({ promiseId: o.promiseId, day: o.markedOn, status: o.status, keptLate: false });
  return events.sort((a, b) => (a.day === b.day ? a.promiseId - b.promiseId : a.day < b.day ? -1 : 1));
}

export interface PromiseStats {
  made: number;
  kept: number;
  keptLate: number;
  broken: number;
  released: number;
  open: number;
  /** kept / (kept + broken); null when neither has happened. */
  keepRate: number | null;
  /** Promises kept in a row, most recent first; a renegotiation does not break the run, a broken promise does. */
  currentRun: number;
}

export function keepRate(kept: number, broken: number): number | null {
  return kept + broken === 0 ? null : Math.round((kept / (kept + broken)) * 1000) / 1000;
}

export function promiseStats(promises: readonly TrustPromise[], occurrences: readonly Occurrence[]): PromiseStats {
  const events = markEvents(promises, occurrences);
  const count = (status: Mark) => events.filter((e) => e.status === status).length;
  let currentRun = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as MarkEvent;
    if (e.status === 'broken') break;
    if (e.status === 'kept') currentRun++;
  }
  const kept = count('kept');
  const broken = count('broken');
  return {
    made: promises.length,
    kept,
    keptLate: events.filter((e) => e.keptLate).length,
    broken,
    released: count('released'),
    open: promises.filter((p) => p.status === 'open').length,
    keepRate: keepRate(kept, broken),
    currentRun,
  };
}
