import { http, HttpResponse } from 'msw';
import type { RequestSubject, RightsRequest } from '../../src/api/types';
import { nowIso } from '../clock';
import { getDb, getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { addMonths } from '../domain/dates';
import { randomId } from '../fixtures/random';
import { authenticate } from './lib/auth';
import { fingerprint, lookupIdempotent, readIdempotencyKey, rememberIdempotent } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { FieldErrors, isObject, readJsonObject, readString, rejectUnknownKeys } from './lib/validate';

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
    const key = readIdempotencyKey(request);
    if (!key.ok) return key.response;
    const parsed = await readJsonObject(request);
    if (!parsed.ok) return parsed.response;
    const print = fingerprint(parsed.body);
    const replay = lookupIdempotent(customer.id, 'requests', key.key, print);
    if (replay.kind === 'conflict') return replay.response;
    if (replay.kind === 'replay') {
      const existing = customer.requests.find((item) => item.id === replay.record.resourceId);
      if (existing) return HttpResponse.json(existing, { status: 201 });
    }

    const errors = new FieldErrors();
    rejectUnknownKeys(parsed.body, ['type', 'message', 'subject'], errors);
    const type = requestTypes.find((candidate) => candidate === parsed.body.type);
    if (!type) errors.add('type', parsed.body.type === undefined ? 'required' : 'invalid_value');
    // A restriction or an objection is already said by its type (and subject); a correction or
    // a question needs the customer's words.
    const needsText = type === 'rectification' || type === 'question';
    const message = readString(parsed.body.message, 'message', errors, { min: needsText ? 1 : 0, max: 4000, trim: true });
    const subject = readSubject(parsed.body.subject, errors);
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
    rememberIdempotent({ ownerId: customer.id, scope: 'requests', key: key.key, fingerprint: print, status: 201, resourceId: created.id, body: null });
    recordActivity(customer, 'request_created', meta, created.reference);
    return HttpResponse.json(created, { status: 201 });
  }),

  http.get(apiPath('/me/requests'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json({ items: [...auth.caller.customer.requests].reverse() }) : auth.response;
  }),
];
