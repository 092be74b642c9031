import { http, HttpResponse } from 'msw';
import type { DeletionRequest, DeletionResult, DeletionStatus } from '../../src/api/types';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { addDays } from '../domain/dates';
import { recordErasureRequest, withdrawErasureRequest } from '../domain/recorded-requests';
import { eraseCustomer, retainedUntil, sweep } from '../domain/erasure';
import { clearedSessionCookie, endCustomerSessions, findSessionEndedByDeletion } from '../domain/sessions';
import { lockedForSeconds, recordFailure } from '../domain/sign-in-limit';
import type { CustomerRecord, IdempotencyRecord } from '../model';
import { authenticate, csrfMatches, sessionIdFrom } from './lib/auth';
import { idempotentAttempt, readIdempotencyKey } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { fieldProblem, problem, rateLimited, validationFailed } from './lib/problem';
import { bodyErrors } from './lib/request-validation';
import { readJsonObject } from './lib/validate';

const endSession = { 'Set-Cookie': clearedSessionCookie() };

function statusOf(customer: CustomerRecord): DeletionStatus {
  const { graceDays } = getOrganization().deletion;
  return customer.deletion
    ? { status: 'scheduled', requestedAt: customer.deletion.requestedAt, scheduledFor: customer.deletion.scheduledFor, graceDays }
    : { status: 'none', requestedAt: null, scheduledFor: null, graceDays };
}

export const deletionHandlers = [
  http.get(apiPath('/me/deletion'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json(statusOf(auth.caller.customer)) : auth.response;
  }),

  http.post(apiPath('/me/deletion'), async ({ request, cookies }) => {
    sweep();
    const key = readIdempotencyKey(request, 'scheduleDeletion');
    const parsed = await readJsonObject(request);
    // A double submit arrives after the first one ended the session: answer it from the record.
    const ended = findSessionEndedByDeletion(sessionIdFrom(cookies));
    const answerAsBefore = (earlier: IdempotencyRecord) =>
      HttpResponse.json(earlier.body as DeletionResult, { status: earlier.status, headers: endSession });
    if (ended?.customerId && key.ok && parsed.ok && csrfMatches(request, ended)) {
      const before = idempotentAttempt(ended.customerId, 'deletion', key.key, parsed.body);
      if (!before.ok) return before.response;
      if (before.attempt.earlier) return answerAsBefore(before.attempt.earlier);
    }
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    if (!key.ok) return key.response;
    if (!parsed.ok) return parsed.response;
    const read = idempotentAttempt(customer.id, 'deletion', key.key, parsed.body);
    if (!read.ok) return read.response;
    const { earlier, remember } = read.attempt;
    if (earlier) return answerAsBefore(earlier);
    if (customer.deletion) return problem(409, 'deletion_pending');

    const errors = bodyErrors('scheduleDeletion', parsed.body);
    if (errors.length > 0) return validationFailed(errors);
    const { password, confirmEmail, reason } = parsed.body as DeletionRequest;
    const locked = lockedForSeconds(customer.email);
    if (locked !== null) return rateLimited(locked);
    if (password !== customer.password) {
      recordFailure(customer.email);
      return fieldProblem('invalid_password', 'password');
    }
    if (confirmEmail.trim().toLowerCase() !== customer.email.toLowerCase()) return fieldProblem('email_mismatch', 'confirmEmail');

    const { graceDays } = getOrganization().deletion;
    const requestedAt = nowIso();
    let status: number;
    let result: DeletionResult;
    if (graceDays > 0) {
      const scheduledFor = addDays(requestedAt, graceDays);
      customer.deletion = { requestedAt, scheduledFor, reason: reason && { choice: reason.choice, text: reason.text } };
      recordActivity(customer, 'deletion_scheduled', meta);
      recordErasureRequest(customer);
      result = { status: 'scheduled', scheduledFor, retainedUntil: retainedUntil(scheduledFor) };
      status = 202;
      endCustomerSessions(customer.id, true);
    } else {
      result = { status: 'deleted', scheduledFor: null, retainedUntil: retainedUntil(requestedAt) };
      status = 200;
      eraseCustomer(customer);
    }
    remember({ status, resourceId: null, body: result });
    return HttpResponse.json(result, { status, headers: endSession });
  }),

  http.delete(apiPath('/me/deletion'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    if (customer.deletion) {
      customer.deletion = null;
      recordActivity(customer, 'deletion_cancelled', meta);
      withdrawErasureRequest(customer);
    }
    return HttpResponse.json(statusOf(customer));
  }),
];
