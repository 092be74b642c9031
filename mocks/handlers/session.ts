import { http, HttpResponse } from 'msw';
import { now } from '../clock';
import { findCustomer, findCustomerByEmail } from '../db';
import { recordActivity } from '../domain/activity';
import { addMs } from '../domain/dates';
import { sweep } from '../domain/erasure';
import { honourGpc } from '../domain/gpc';
import { requestMeta } from '../domain/request-meta';
import {
  clearedSessionCookie,
  createSession,
  ELEVATION_MS,
  endCustomerSessions,
  endSession,
  findSession,
  sessionCookie,
  sessionView,
  touchSession,
} from '../domain/sessions';
import { clearFailures, lockedForSeconds, recordFailure } from '../domain/sign-in-limit';
import { authenticate, csrfMatches, sessionIdFrom } from './lib/auth';
import { apiPath } from './lib/paths';
import { problem, rateLimited } from './lib/problem';
import { readContractBody } from './lib/request-validation';

export const sessionHandlers = [
  http.get(apiPath('/session'), ({ request, cookies }) => {
    sweep();
    const existing = findSession(sessionIdFrom(cookies));
    if (existing) {
      touchSession(existing);
      const customer = findCustomer(existing.customerId);
      if (customer) honourGpc(customer, request, requestMeta(request));
      return HttpResponse.json(sessionView(existing));
    }
    // No valid session: start an anonymous one so the CSRF token is bound to a cookie.
    const session = createSession(null, requestMeta(request));
    return HttpResponse.json(sessionView(session), { headers: { 'Set-Cookie': sessionCookie(session.id) } });
  }),

  http.post(apiPath('/session'), async ({ request, cookies }) => {
    sweep();
    const current = findSession(sessionIdFrom(cookies));
    // Login CSRF: the token must be the one handed to this browser's (anonymous) session.
    if (!current || !csrfMatches(request, current)) return problem(403, 'csrf');
    const parsed = await readContractBody(request, 'signIn');
    if (!parsed.ok) return parsed.response;
    const { email, password } = parsed.body;

    const meta = requestMeta(request);
    const locked = lockedForSeconds(email, meta.ipAddress);
    if (locked !== null) return rateLimited(locked);
    const customer = findCustomerByEmail(email);
    if (!customer || customer.password !== password) {
      recordFailure(email, meta.ipAddress);
      if (customer) recordActivity(customer, 'sign_in_failed', meta);
      return problem(401, 'invalid_credentials');
    }
    clearFailures(email);
    // Session fixation protection: the anonymous session is replaced, never upgraded.
    endSession(current.id);
    const session = createSession(customer.id, meta);
    customer.lastSignInAt = session.createdAt;
    recordActivity(customer, 'signed_in', meta);
    honourGpc(customer, request, meta);
    return HttpResponse.json(sessionView(session), { headers: { 'Set-Cookie': sessionCookie(session.id) } });
  }),

  http.delete(apiPath('/session'), ({ request, cookies }) => {
    sweep();
    const session = findSession(sessionIdFrom(cookies));
    if (session) {
      if (!csrfMatches(request, session)) return problem(403, 'csrf');
      const auth = authenticate(request, cookies, { allowDuringDeletion: true });
      if (auth.ok) recordActivity(auth.caller.customer, 'signed_out', auth.caller.meta);
      endSession(session.id);
    }
    // Idempotent: signing out of an already ended session is still a success.
    return new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie() } });
  }),

  http.post(apiPath('/session/sign-out-everywhere'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    recordActivity(customer, 'signed_out_everywhere', meta);
    endCustomerSessions(customer.id);
    return new HttpResponse(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie() } });
  }),

  http.post(apiPath('/session/confirm-password'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { session, customer } = auth.caller;
    const parsed = await readContractBody(request, 'confirmPassword');
    if (!parsed.ok) return parsed.response;
    const { password } = parsed.body;
    // Password guessing through an open session counts against the same limit as sign-in.
    const locked = lockedForSeconds(customer.email);
    if (locked !== null) return rateLimited(locked);
    if (password !== customer.password) {
      recordFailure(customer.email);
      return problem(422, 'invalid_password', { errors: [{ field: 'password', code: 'invalid_value' }] });
    }
    session.elevatedUntil = addMs(now().toISOString(), ELEVATION_MS);
    return HttpResponse.json({ elevatedUntil: session.elevatedUntil });
  }),
];
