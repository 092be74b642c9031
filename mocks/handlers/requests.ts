import { http, HttpResponse } from 'msw';
import type { RequestSubject, RightsRequest } from '../../src/api/types';
import { nowIso } from '../clock';
import { getDb, getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { addMonths } from '../domain/dates';
import { randomId } from '../fixtures/random';
import { authenticate } from './lib/auth';
import { readIdempotentJson } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { FieldErrors, isObject, readString, rejectUnknownKeys } from './lib/validate';

// Rights requests (restriction, objection, rectification, question), each with the statutory
// deadline: one calendar month after receipt (GDPR Art. 12(3)).

const requestTypes: readonly RightsRequest['type'][] = ['restriction', 'objection', 'rectification', 'question'];

function readSubject(value: unknown, errors: FieldErrors): RequestSubject | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) {
    errors.add('subject', value === undefined ? 'required' : 'invalid_value');
    return undefined;
  }
  rejectUnknownKeys(value, ['categoryId', 'itemId', 'field'], errors, 'subject.');
  const offered: readonly unknown[] = getOrganization().dataCategories.map((category) => category.id);
  if (!offered.includes(value.categoryId)) errors.add('subject.categoryId', value.categoryId === undefined ? 'required' : 'invalid_value');
  for (const key of ['itemId', 'field'] as const) {
    if (value[key] !== null && (typeof value[key] !== 'string' || value[key].length > 200)) errors.add(`subject.${key}`, 'invalid_value');
  }
  if (!errors.empty) return undefined;
  return { categoryId: value.categoryId as RequestSubject['categoryId'], itemId: value.itemId as string | null, field: value.field as string | null };
}

export const requestHandlers = [
  http.post(apiPath('/me/requests'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const read = await readIdempotentJson(request, customer.id, 'requests');
    if (!read.ok) return read.response;
    const { body, earlier, remember } = read.attempt;
    const replayed = earlier && customer.requests.find((item) => item.id === earlier.resourceId);
    if (replayed) return HttpResponse.json(replayed, { status: 201 });

    const errors = new FieldErrors();
    rejectUnknownKeys(body, ['type', 'message', 'subject'], errors);
    const type = requestTypes.find((candidate) => candidate === body.type);
    if (!type) errors.add('type', body.type === undefined ? 'required' : 'invalid_value');
    // A restriction or an objection is already said by its type (and subject); a correction or
    // a question needs the customer's words.
    const needsText = type === 'rectification' || type === 'question';
    const message = readString(body.message, 'message', errors, { min: needsText ? 1 : 0, max: 4000, trim: true });
    const subject = readSubject(body.subject, errors);
    if (!errors.empty || !type || message === undefined || subject === undefined) return errors.response();

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
