import patterns from '../../data/apology-patterns.json' with { type: 'json' };
import { type ApologyCheck, type Checker, checkApology, loadChecker } from '../domain/apology.js';
import type { Apology } from '../store/apologies-store.js';

let checker: Checker | undefined;

/** Checks a draft with the patterns from data/ (compiled once per run). */
export function check(text: string): ApologyCheck {
  checker ??= loadChecker(patterns);
  return checkApology(text, checker);
}

/** An apology draft as JSON: its versions, and the check of the latest. */
export function apologyJson(a: Apology) {
  const latest = a.versions[a.versions.length - 1];
  return { ...a, latest: latest ? { ...latest, check: check(latest.text) } : null };
}
