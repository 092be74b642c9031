import { findCustomer } from '../../db';
import { sweep } from '../../domain/erasure';
import { honourGpc } from '../../domain/gpc';
import { runDesk } from '../../domain/privacy-desk';
import { requestMeta, type RequestMeta } from '../../domain/request-meta';
import { findSession, isElevated, SESSION_COOKIE, touchSession } from '../../domain/sessions';
import type { CustomerRecord, SessionRecord } from '../../model';
import { problem } from './problem';

// The checks every /me request goes through, in the order a backend would run them:
// session (401) → CSRF on unsafe methods (403) → read-only during deletion (409) → elevation (403).
// A signed-in request that carries Global Privacy Control has it honoured first, whatever it asks.

export type Cookies = Record<string, string>;

export interface Caller {
  session: SessionRecord;
  customer: CustomerRecord;
  meta: RequestMeta;
}

export type AuthResult = { ok: true; caller: Caller } | { ok: false; response: Response };

export interface AuthOptions {
  /** Needs a password confirmation within the last 5 minutes. */
  elevated?: boolean;
  /** Allowed while a deletion is scheduled (cancelling it, signing out, confirming the password, requesting an export). */
  allowDuringDeletion?: boolean;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isUnsafe(request: Request): boolean {
  return unsafeMethods.has(request.method.toUpperCase());
}

export function csrfMatches(request: Request, session: SessionRecord): boolean {
  return request.headers.get('x-csrf-token') === session.csrfToken;
}

export function sessionIdFrom(cookies: Cookies): string | undefined {
  return cookies[SESSION_COOKIE] || undefined;
}

export function authenticate(request: Request, cookies: Cookies, options: AuthOptions = {}): AuthResult {
  sweep();
  runDesk();
  const session = findSession(sessionIdFrom(cookies));
  const customer = findCustomer(session?.customerId);
  if (!session || !customer) return { ok: false, response: problem(401, 'unauthenticated') };
  touchSession(session);
  const meta = requestMeta(request);
  honourGpc(customer, request, meta);
  if (isUnsafe(request) && !csrfMatches(request, session)) return { ok: false, response: problem(403, 'csrf') };
  if (isUnsafe(request) && customer.deletion && !options.allowDuringDeletion) {
    return {
      ok: false,
      response: problem(409, 'deletion_pending', { detail: 'The account is read-only until the scheduled deletion is cancelled.' }),
    };
  }
  if (options.elevated && !isElevated(session)) return { ok: false, response: problem(403, 'reauth_required') };
  return { ok: true, caller: { session, customer, meta } };
}
