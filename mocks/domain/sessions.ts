import type { Session } from '../../src/api/types';
import { now } from '../clock';
import { findCustomer, getDb } from '../db';
import { randomToken } from '../fixtures/random';
import type { SessionRecord } from '../model';
import { addMs } from './dates';
import type { RequestMeta } from './request-meta';

// Sessions as a backend keeps them: opaque random ids in an HttpOnly cookie, idle expiry after
// 30 minutes of the mock clock, and a 5-minute "password recently confirmed" window.

export const SESSION_COOKIE = 'pp_session';
export const SESSION_IDLE_MS = 30 * 60_000;
export const ELEVATION_MS = 5 * 60_000;

const cookieAttributes = 'Path=/api; HttpOnly; SameSite=Lax';

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; ${cookieAttributes}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; ${cookieAttributes}`;
}

function idleUntil(session: SessionRecord): string {
  return addMs(session.lastSeenAt, session.idleMs ?? SESSION_IDLE_MS);
}

function isIdle(session: SessionRecord): boolean {
  return Date.parse(idleUntil(session)) <= now().getTime();
}

/** The live sessions of a customer (not idled out, not ended by a deletion). */
export function liveSessionsOf(customerId: string): SessionRecord[] {
  return getDb().sessions.filter((session) => session.customerId === customerId && !session.endedByDeletion && !isIdle(session));
}

/** Drops sessions that idled out (ended-by-deletion ones too, once idle). */
export function purgeExpiredSessions(): void {
  const db = getDb();
  db.sessions = db.sessions.filter((session) => !isIdle(session));
}

/** The live session for a cookie value, if any. */
export function findSession(id: string | undefined): SessionRecord | undefined {
  if (!id) return undefined;
  const session = getDb().sessions.find((candidate) => candidate.id === id);
  if (!session || session.endedByDeletion || isIdle(session)) return undefined;
  return session;
}

/** A session ended by the deletion of its account, for replaying that deletion request. */
export function findSessionEndedByDeletion(id: string | undefined): SessionRecord | undefined {
  if (!id) return undefined;
  return getDb().sessions.find((candidate) => candidate.id === id && candidate.endedByDeletion && !isIdle(candidate));
}

export function createSession(customerId: string | null, meta: RequestMeta): SessionRecord {
  const at = now().toISOString();
  const session: SessionRecord = {
    id: randomToken(24),
    csrfToken: randomToken(24),
    customerId,
    createdAt: at,
    lastSeenAt: at,
    elevatedUntil: customerId ? addMs(at, ELEVATION_MS) : null,
    device: meta.device,
    browser: meta.browser,
    ipAddress: meta.ipAddress,
    endedByDeletion: false,
  };
  getDb().sessions.push(session);
  return session;
}

export function touchSession(session: SessionRecord): void {
  session.lastSeenAt = now().toISOString();
}

export function endSession(id: string): void {
  const db = getDb();
  db.sessions = db.sessions.filter((session) => session.id !== id);
}

export function endCustomerSessions(customerId: string, byDeletion = false): void {
  const db = getDb();
  if (byDeletion) {
    for (const session of db.sessions) if (session.customerId === customerId) session.endedByDeletion = true;
    return;
  }
  db.sessions = db.sessions.filter((session) => session.customerId !== customerId);
}

export function isElevated(session: SessionRecord): boolean {
  return session.elevatedUntil !== null && Date.parse(session.elevatedUntil) > now().getTime();
}

export function sessionView(session: SessionRecord): Session {
  const customer = findCustomer(session.customerId);
  if (!customer) {
    return {
      authenticated: false,
      csrfToken: session.csrfToken,
      customer: null,
      expiresAt: null,
      elevatedUntil: null,
      deletion: null,
      policy: null,
    };
  }
  return {
    authenticated: true,
    csrfToken: session.csrfToken,
    customer: {
      id: customer.id,
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      language: customer.language,
    },
    expiresAt: idleUntil(session),
    elevatedUntil: isElevated(session) ? session.elevatedUntil : null,
    deletion: customer.deletion ? { scheduledFor: customer.deletion.scheduledFor } : null,
    policy: { acknowledgedVersion: customer.policyAcknowledgedVersion },
  };
}
