import { http, HttpResponse } from 'msw';
import { advanceClock, nowIso, resetClock } from '../clock';
import { getDb, isTenantId, seed } from '../db';
import { activeFaults, clearFaults, type FaultSpec, injectFault, isFaultKind } from '../faults';
import { controlPath } from './lib/paths';
import { validationFailed } from './lib/problem';
import { isObject, readJsonBody } from './lib/validate';

// Test and demo controls under /api/__mock — not part of the API contract, no auth or CSRF.

function toFaultSpec(body: unknown): FaultSpec | null {
  if (!isObject(body) || !isFaultKind(body.kind)) return null;
  const spec: FaultSpec = { kind: body.kind };
  if (typeof body.method === 'string') spec.method = body.method;
  if (typeof body.path === 'string') spec.path = body.path;
  // JSON has no Infinity: accept "Infinity" or null for "every matching request".
  if (body.times === 'Infinity' || body.times === null) spec.times = Infinity;
  else if (typeof body.times === 'number') spec.times = body.times;
  if (typeof body.ms === 'number') spec.ms = body.ms;
  return spec;
}

export const controlHandlers = [
  http.post(controlPath('/reset'), async ({ request }) => {
    const parsed = await readJsonBody(request);
    const body = parsed.ok && isObject(parsed.body) ? parsed.body : {};
    const tenant = body.tenant ?? getDb().tenant;
    if (!isTenantId(tenant)) return validationFailed([{ field: 'tenant', code: 'invalid_value' }]);
    resetClock();
    clearFaults();
    seed(tenant);
    return HttpResponse.json({ tenant, now: nowIso() });
  }),

  http.post(controlPath('/faults'), async ({ request }) => {
    const parsed = await readJsonBody(request);
    const spec = parsed.ok ? toFaultSpec(parsed.body) : null;
    if (!spec) return validationFailed([{ field: 'kind', code: 'invalid_value' }]);
    try {
      injectFault(spec);
    } catch {
      return validationFailed([{ field: 'times', code: 'invalid_value' }]);
    }
    return HttpResponse.json({ faults: activeFaults().map((fault) => ({ ...fault, times: Number.isFinite(fault.times) ? fault.times : 'Infinity' })) }, { status: 201 });
  }),

  http.delete(controlPath('/faults'), () => {
    clearFaults();
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(controlPath('/clock'), async ({ request }) => {
    const parsed = await readJsonBody(request);
    const advanceMs = parsed.ok && isObject(parsed.body) ? parsed.body.advanceMs : undefined;
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      return validationFailed([{ field: 'advanceMs', code: 'invalid_value' }]);
    }
    advanceClock(advanceMs);
    return HttpResponse.json({ now: nowIso() });
  }),

  http.get(controlPath('/mailbox'), () => HttpResponse.json({ messages: [...getDb().mailbox].reverse() })),
];
