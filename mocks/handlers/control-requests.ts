import { http, HttpResponse } from 'msw';
import type { RequestStatus } from '../../src/api/types';
import { nowIso } from '../clock';
import { getDb, getOrganization } from '../db';
import { defaultRefusal, extensionReason, inLanguage } from '../domain/desk-texts';
import { moveRequest } from '../domain/rights-requests';
import { controlPath } from './lib/paths';
import { notFound, validationFailed } from './lib/problem';
import { isObject, readJsonBody } from './lib/validate';

// Test and demo controls for the privacy desk (not part of the API contract): set any request's
// status now, and switch the desk off so requests go overdue.

const settable: readonly RequestStatus[] = ['in_progress', 'extended', 'completed', 'refused', 'withdrawn'];

function isSettable(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (settable as readonly string[]).includes(value);
}

function findRequest(id: string) {
  for (const customer of getDb().customers) {
    const request = customer.requests.find((item) => item.id === id || item.reference === id);
    if (request) return { customer, request };
  }
  return null;
}

export const controlRequestHandlers = [
  http.post(controlPath('/requests/:id/status'), async ({ request, params }) => {
    const parsed = await readJsonBody(request);
    const body = parsed.ok && isObject(parsed.body) ? parsed.body : {};
    if (!isSettable(body.status)) return validationFailed([{ field: 'status', code: 'invalid_value' }]);
    const text = typeof body.text === 'string' && body.text.trim() ? body.text.trim() : null;
    const portalPath = typeof body.portalPath === 'string' && /^\/[A-Za-z0-9/_-]*$/.test(body.portalPath) ? body.portalPath : null;
    const found = findRequest(String(params.id));
    if (!found) return notFound();
    const { customer, request: target } = found;
    const language = customer.language ?? getOrganization().defaultLanguage;
    const fallback = body.status === 'refused' ? inLanguage(defaultRefusal, language) : body.status === 'extended' ? inLanguage(extensionReason, language) : 'Done.';
    const db = getDb();
    // Set by hand: the desk leaves it alone from now on.
    if (!db.desk.held.includes(target.id)) db.desk.held.push(target.id);
    moveRequest(target, { status: body.status, at: nowIso(), text: text ?? fallback, portalPath });
    return HttpResponse.json(target);
  }),

  http.post(controlPath('/desk'), async ({ request }) => {
    const parsed = await readJsonBody(request);
    const on = parsed.ok && isObject(parsed.body) ? parsed.body.on : undefined;
    if (typeof on !== 'boolean') return validationFailed([{ field: 'on', code: 'invalid_value' }]);
    getDb().desk.off = !on;
    return HttpResponse.json({ on });
  }),
];
