import { now } from '../clock';
import { getDb } from '../db';

// Two limits on guessing passwords, both over 15 minutes:
// - 5 failed checks for one e-mail address lock that address until the oldest of those 5 leaves
//   the window. Counted per e-mail whether or not the account exists, so the answer does not
//   reveal which addresses have accounts.
// - 20 failed checks from one client (its address, as the server's edge reads it) lock that
//   client for every address: one machine trying many accounts (credential stuffing) is stopped
//   without locking the accounts it tried out for their owners.
// Both kinds share the store; a client's key starts with "client:", which no e-mail address does.

export const MAX_FAILURES = 5;
export const MAX_CLIENT_FAILURES = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;

const emailKey = (email: string) => email.trim().toLowerCase();
const clientKey = (client: string) => `client:${client}`;

function recent(key: string): number[] {
  const db = getDb();
  const cutoff = now().getTime() - FAILURE_WINDOW_MS;
  const kept = (db.signInFailures[key] ?? []).map((at) => Date.parse(at)).filter((at) => at > cutoff);
  if (kept.length) db.signInFailures[key] = kept.map((at) => new Date(at).toISOString());
  else delete db.signInFailures[key];
  return kept;
}

function lockedFor(key: string, max: number): number | null {
  const failures = recent(key);
  if (failures.length < max) return null;
  const oldestCounted = failures[failures.length - max] ?? now().getTime();
  return Math.max(1, Math.ceil((oldestCounted + FAILURE_WINDOW_MS - now().getTime()) / 1000));
}

/** Seconds until another attempt is allowed (the longer of the two locks), or null when neither holds. */
export function lockedForSeconds(email: string, client?: string): number | null {
  const locks = [lockedFor(emailKey(email), MAX_FAILURES), client ? lockedFor(clientKey(client), MAX_CLIENT_FAILURES) : null];
  const held = locks.filter((seconds): seconds is number => seconds !== null);
  return held.length > 0 ? Math.max(...held) : null;
}

export function recordFailure(email: string, client?: string): void {
  const db = getDb();
  for (const key of [emailKey(email), ...(client ? [clientKey(client)] : [])]) {
    db.signInFailures[key] = [...(db.signInFailures[key] ?? []), now().toISOString()];
  }
}

/** A right password clears the address's count; the client's stays (it may be trying many). */
export function clearFailures(email: string): void {
  delete getDb().signInFailures[emailKey(email)];
}
