import { http, HttpResponse } from 'msw';
import type { DataCategoryId } from '../../src/api/types';
import { now, nowIso } from '../clock';
import { getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { recordAccessRequest } from '../domain/recorded-requests';
import { exportFileName, exportFileOf, exportTimeline, exportView, MAX_EXPORTS_PER_HOUR } from '../domain/exports';
import { randomId } from '../fixtures/random';
import type { ExportRecord } from '../model';
import { authenticate } from './lib/auth';
import { readIdempotentJson } from './lib/idempotency';
import { apiPath } from './lib/paths';
import { notFound, problem, rateLimited } from './lib/problem';
import { FieldErrors } from './lib/validate';

const HOUR_MS = 3_600_000;
/** The contract knows every category id; which ones this company holds is the tenant's. */
function unofferedCategories(categories: readonly DataCategoryId[] | null): FieldErrors {
  const offered: readonly string[] = getOrganization().dataCategories.map((category) => category.id);
  const errors = new FieldErrors();
  (categories ?? []).forEach((id, index) => {
    if (!offered.includes(id)) errors.add(`categories.${index}`, 'invalid_value');
  });
  return errors;
}

export const exportHandlers = [
  http.post(apiPath('/me/exports'), async ({ request, cookies }) => {
    // A copy of one's data changes nothing, and the grace period before a deletion is the last
    // chance to take one: allowed while the account is otherwise read-only.
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const read = await readIdempotentJson(request, customer.id, 'exports', 'createExport');
    if (!read.ok) return read.response;
    const { body, earlier, remember } = read.attempt;
    const replayed = earlier && customer.exports.find((item) => item.id === earlier.resourceId);
    if (replayed) return HttpResponse.json(exportView(replayed, customer), { status: 202 });

    const { format, categories } = body;
    const errors = unofferedCategories(categories);
    if (!errors.empty) return errors.response();

    const recent = customer.exports.filter((item) => Date.parse(item.createdAt) > now().getTime() - HOUR_MS);
    if (recent.length >= MAX_EXPORTS_PER_HOUR) {
      const oldest = Math.min(...recent.map((item) => Date.parse(item.createdAt)));
      return rateLimited(Math.max(1, Math.ceil((oldest + HOUR_MS - now().getTime()) / 1000)));
    }
    const offered = getOrganization().dataCategories.map((category) => category.id);
    const record: ExportRecord = {
      id: randomId('exp'),
      format,
      categories: categories ?? offered,
      createdAt: nowIso(),
      sizeBytes: null,
    };
    customer.exports.push(record);
    recordAccessRequest(customer, record);
    remember({ status: 202, resourceId: record.id, body: null });
    recordActivity(customer, 'export_requested', meta, format);
    return HttpResponse.json(exportView(record, customer), { status: 202 });
  }),

  http.get(apiPath('/me/exports'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer } = auth.caller;
    return HttpResponse.json({ items: [...customer.exports].reverse().map((record) => exportView(record, customer)) });
  }),

  http.get(apiPath('/me/exports/:exportId'), ({ request, cookies, params }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer } = auth.caller;
    const record = customer.exports.find((item) => item.id === params.exportId);
    return record ? HttpResponse.json(exportView(record, customer)) : notFound();
  }),

  http.get(apiPath('/me/exports/:exportId/download'), ({ request, cookies, params }) => {
    // The file holds all personal data: a recent password confirmation is required.
    const auth = authenticate(request, cookies, { elevated: true });
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const record = customer.exports.find((item) => item.id === params.exportId);
    if (!record) return notFound();
    const timeline = exportTimeline(record, customer);
    if (timeline.status === 'expired') return problem(410, 'gone', { detail: 'The download link has expired. Request a new export.' });
    if (timeline.status !== 'ready' || !timeline.readyAt) return problem(409, 'conflict', { detail: 'The export is not ready yet.' });
    const file = exportFileOf(record, customer, timeline.readyAt);
    record.sizeBytes ??= file.bytes.byteLength;
    recordActivity(customer, 'export_downloaded', meta, exportFileName(record));
    return new HttpResponse(file.bytes, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${exportFileName(record)}"`,
        'Content-Length': String(file.bytes.byteLength),
      },
    });
  }),
];
