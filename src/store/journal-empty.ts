import type { Db } from './open.js';

/** True when the journal has no check-in, promise or apology draft yet. */
export function journalIsEmpty(db: Db): boolean {
  return !db
    .prepare('SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM promises) OR EXISTS (SELECT 1 FROM apologies)')
    .pluck()
    .get();
}
