import { http, HttpResponse } from 'msw';
import type { RightsRequest } from '../../src/api/types';
import { nowIso } from '../clock';
import { getDb, getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { addMonths } from '../domain/dates';
import { randomId } from '../fixtures/random';
import { authenticate } from './lib/auth';
import { readIdempotentJson } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { validationFailed } from './lib/problem';

// Rights requests (restriction, objection, rectification, question), each with the statutory
// deadline: one calendar month after receipt (GDPR Art. 12(3)).


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
    const message = body.message.trim();

    const db = getDb();
    const createdAt = nowIso();
    const created: RightsRequest = {
      id: randomId('req'),
      reference: `PR-${createdAt.slice(0, 4)}-${String(db.nextRequestNumber).padStart(4, '0')}`,
      type,
      status: 'received',
      message,
      subject,
      createdAt,
      dueAt: addMonths(createdAt, 1),
      closedAt: null,
    };
    db.nextRequestNumber += 1;
    customer.requests.push(created);
    remember({ status: 201, resourceId: created.id, body: null });
    recordActivity(customer, 'request_created', meta, created.reference);
    return HttpResponse.json(created, { status: 201 });
  }),

  http.get(apiPath('/me/requests'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json({ items: [...auth.caller.customer.requests].reverse() }) : auth.response;
  }),
];
