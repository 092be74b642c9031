import { now } from '../clock';
import { getDb } from '../db';

// 5 failed password checks for one e-mail address within 15 minutes lock that address until the
// oldest of those 5 leaves the window. Counted per e-mail whether or not the account exists, so
// the answer does not reveal which addresses have accounts.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

function recent(email: string): number[] {
  const db = getDb();
  const key = email.trim().toLowerCase();
  const cutoff = now().getTime() - FAILURE_WINDOW_MS;
  const kept = (db.signInFailures[key] ?? []).map((at) => Date.parse(at)).filter((at) => at > cutoff);
  if (kept.length) db.signInFailures[key] = kept.map((at) => new Date(at).toISOString());
  else delete db.signInFailures[key];
  return kept;
}

/** Seconds until another attempt is allowed, or null when not locked. */
export function lockedForSeconds(email: string): number | null {
  const failures = recent(email);
  if (failures.length < MAX_FAILURES) return null;
  const oldestCounted = failures[failures.length - MAX_FAILURES] ?? now().getTime();
  return Math.max(1, Math.ceil((oldestCounted + FAILURE_WINDOW_MS - now().getTime()) / 1000));
}

export function recordFailure(email: string): void {
  const key = email.trim().toLowerCase();
  const db = getDb();
  db.signInFailures[key] = [...(db.signInFailures[key] ?? []), now().toISOString()];
}

export function clearFailures(email: string): void {
  delete getDb().signInFailures[email.trim().toLowerCase()];
}
