import { http, HttpResponse } from 'msw';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { fileRightsRequest, isOpenRequest, moveRequest } from '../domain/rights-requests';
import { authenticate } from './lib/auth';
import { readIdempotentJson } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { notFound, problem, validationFailed } from './lib/problem';

// Rights requests (restriction, objection, rectification, question) filed here, listed with the
// ones other pages file (access by an export, erasure by a deletion, the objection of "Stop all
// marketing"); the privacy desk (domain/privacy-desk.ts) moves them on.

export const requestHandlers = [
  http.post(apiPath('/me/requests'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const read = await readIdempotentJson(request, customer.id, 'requests', 'createRequest');
    if (!read.ok) return read.response;
    const { body, earlier, remember } = read.attempt;
    const replayed = earlier && customer.requests.find((item) => item.id === earlier.resourceId);
    if (replayed) return HttpResponse.json(replayed, { status: 201 });

    const { type, subject } = body;
    // The contract knows every category; which ones this company holds is the tenant's.
    const offered: readonly string[] = getOrganization().dataCategories.map((category) => category.id);
    if (subject && !offered.includes(subject.categoryId)) return validationFailed([{ field: 'subject.categoryId', code: 'invalid_value' }]);

    const created = fileRightsRequest(customer, { type, message: body.message.trim(), subject });
    remember({ status: 201, resourceId: created.id, body: null });
    recordActivity(customer, 'request_created', meta, created.reference);
    return HttpResponse.json(created, { status: 201 });
  }),

  http.get(apiPath('/me/requests'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    // The backend's time goes with the list: the portal judges "overdue" by it.
    return HttpResponse.json({ items: [...auth.caller.customer.requests].reverse(), now: nowIso() });
  }),

  http.post(apiPath('/me/requests/:requestId/withdraw'), ({ request, cookies, params }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const target = customer.requests.find((item) => item.id === params.requestId);
    if (!target) return notFound();
    if (target.status === 'withdrawn') return HttpResponse.json(target);
    // An export or a deletion is undone where it was made, not here.
    if (target.type === 'access' || target.type === 'erasure') {
      return problem(409, 'conflict', { detail: 'This request is withdrawn where it was made.' });
    }
    if (!isOpenRequest(target)) return problem(409, 'conflict', { detail: 'The request is already closed.' });
    moveRequest(target, { status: 'withdrawn', at: nowIso() });
    recordActivity(customer, 'request_withdrawn', meta, target.reference);
    return HttpResponse.json(target);
  }),
];
