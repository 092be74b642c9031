import { http, HttpResponse } from 'msw';
import { now, nowIso } from '../clock';
import { findCustomerByEmail, getDb } from '../db';
import { recordActivity } from '../domain/activity';
import { recordSelfCorrection } from '../domain/recorded-requests';
import { codeEmail } from '../domain/code-email';
import { addMs } from '../domain/dates';
import { exportLanguage } from '../domain/export-content';
import { profileEtag, profileView } from '../domain/profile';
import { randomDigits, randomId } from '../fixtures/random';
import type { CustomerRecord } from '../model';
import { authenticate } from './lib/auth';
import { apiPath } from './lib/paths';
import { notFound, problem, validationFailed } from './lib/problem';
import { readContractBody } from './lib/request-validation';

// E-mail change by code: the new address must prove it receives mail before it becomes the
// sign-in address. The "sent" message lands in the mock mailbox (GET /api/__mock/mailbox).

const CODE_TTL_MS = 15 * 60_000;
const MAX_WRONG_CODES = 5;

function bumpVersion(customer: CustomerRecord): void {
  customer.version += 1;
  customer.updatedAt = nowIso();
}

export const emailChangeHandlers = [
  http.post(apiPath('/me/email-change'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { elevated: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const parsed = await readContractBody(request, 'requestEmailChange');
    if (!parsed.ok) return parsed.response;
    const { email } = parsed.body;
    const owner = findCustomerByEmail(email);
    // Someone else's address is taken; this account's own is no change at all.
    if (owner) return validationFailed([{ field: 'email', code: owner.id === customer.id ? 'invalid_value' : 'taken' }]);

    const code = randomDigits(6);
    const expiresAt = addMs(nowIso(), CODE_TTL_MS);
    customer.pendingEmail = { email, expiresAt, code, wrongAttempts: 0 };
    bumpVersion(customer);
    getDb().mailbox.push({
      id: randomId('mail'),
      to: email,
      ...codeEmail(exportLanguage(customer), code, CODE_TTL_MS / 60_000),
      code,
      sentAt: nowIso(),
    });
    recordActivity(customer, 'email_change_requested', meta);
    return HttpResponse.json({ pendingEmail: { email, expiresAt } }, { status: 202 });
  }),

  http.delete(apiPath('/me/email-change'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer } = auth.caller;
    if (customer.pendingEmail) {
      customer.pendingEmail = null;
      bumpVersion(customer);
    }
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(apiPath('/me/email-change/confirm'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const parsed = await readContractBody(request, 'confirmEmailChange');
    if (!parsed.ok) return parsed.response;
    const { code } = parsed.body;

    const pending = customer.pendingEmail;
    if (!pending) return notFound('No e-mail change is pending.');
    if (Date.parse(pending.expiresAt) <= now().getTime()) return problem(422, 'expired_code');
    if (code !== pending.code) {
      pending.wrongAttempts += 1;
      if (pending.wrongAttempts >= MAX_WRONG_CODES) {
        // Too many guesses: the code dies with the pending change; a new one must be requested.
        customer.pendingEmail = null;
        bumpVersion(customer);
        return problem(422, 'code_attempts_exhausted', { detail: 'Too many wrong codes. Request a new code.' });
      }
      return problem(422, 'invalid_code');
    }
    const owner = findCustomerByEmail(pending.email);
    if (owner && owner.id !== customer.id) return problem(422, 'validation_failed', { errors: [{ field: 'email', code: 'taken' }] });
    customer.email = pending.email;
    customer.pendingEmail = null;
    bumpVersion(customer);
    recordActivity(customer, 'email_changed', meta);
    recordSelfCorrection(customer, ['email']);
    return HttpResponse.json(profileView(customer), { headers: { ETag: profileEtag(customer) } });
  }),
];
