import type { DeviceSession } from '../../src/api/types';
import { getDb } from '../db';
import { hashSeed } from '../fixtures/random';
import type { SessionRecord } from '../model';
import { liveSessionsOf } from './sessions';

// "Where you are signed in": the customer's live sessions as the contract shows them, and
// ending the ones on other devices.

/** The id the customer sees: derived from the session, never the cookie value itself. */
export function publicSessionId(session: SessionRecord): string {
  return `ses_${hashSeed(session.id).toString(16)}`;
}

export function deviceSessionView(session: SessionRecord, currentSessionId: string | null): DeviceSession {
  return {
    id: publicSessionId(session),
    device: session.device,
    browser: session.browser,
    ipAddress: session.ipAddress,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    current: session.id === currentSessionId,
  };
}

/** Most recently active first. */
export function sessionList(customerId: string, currentSessionId: string | null): DeviceSession[] {
  return liveSessionsOf(customerId)
    .sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0))
    .map((session) => deviceSessionView(session, currentSessionId));
}

export function findLiveSessionByPublicId(customerId: string, publicId: string): SessionRecord | undefined {
  return liveSessionsOf(customerId).find((session) => publicSessionId(session) === publicId);
}

/** Ends every session of the customer but `keepId`; returns how many ended. */
export function endOtherSessions(customerId: string, keepId: string): number {
  const db = getDb();
  const ended = liveSessionsOf(customerId).filter((session) => session.id !== keepId).length;
  db.sessions = db.sessions.filter((session) => session.customerId !== customerId || session.id === keepId);
  return ended;
}
