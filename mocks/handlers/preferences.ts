import { http, HttpResponse } from 'msw';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { isoDate } from '../domain/dates';
import { toCsv } from '../domain/csv';
import { recordMarketingObjection } from '../domain/recorded-requests';
import { offeredKeys, preferenceGroups, preferencesView, setPreference } from '../domain/preferences';
import type { CustomerRecord } from '../model';
import type { RequestMeta } from '../domain/request-meta';
import { authenticate } from './lib/auth';
import { paginate } from './lib/paginate';
import { apiPath } from './lib/paths';
import { validationFailed } from './lib/problem';
import { readContractBody } from './lib/request-validation';
import { FieldErrors } from './lib/validate';

function applyChanges(customer: CustomerRecord, meta: RequestMeta, changes: [string, boolean][]): void {
  const { version } = getOrganization().policy;
  const changed = changes.filter(([key, value]) => setPreference(customer, key, value, 'portal', version)).map(([key]) => key);
  if (changed.length > 0) recordActivity(customer, 'preferences_changed', meta, changed.join(', '));
  if (changed.includes('objection') && customer.preferences.objection) recordMarketingObjection(customer);
}

export const preferencesHandlers = [
  http.get(apiPath('/me/preferences'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    return auth.ok ? HttpResponse.json(preferencesView(auth.caller.customer, getOrganization())) : auth.response;
  }),

  http.patch(apiPath('/me/preferences'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const parsed = await readContractBody(request, 'updatePreferences');
    if (!parsed.ok) return parsed.response;
    // The contract says "booleans by key"; which keys exist is the tenant's (channels, topics …).
    const offered = offeredKeys(getOrganization());
    const errors = new FieldErrors();
    const changes: [string, boolean][] = [];
    for (const group of preferenceGroups) {
      for (const [key, value] of Object.entries(parsed.body[group] ?? {})) {
        if (!offered[group].includes(key)) errors.add(`${group}.${key}`, 'invalid_value');
        else changes.push([`${group}.${key}`, value]);
      }
    }
    if (parsed.body.objection !== undefined) changes.push(['objection', parsed.body.objection]);
    if (!errors.empty) return errors.response();
    applyChanges(auth.caller.customer, auth.caller.meta, changes);
    return HttpResponse.json(preferencesView(auth.caller.customer, getOrganization()));
  }),

  http.post(apiPath('/me/preferences/stop-all'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const offered = offeredKeys(getOrganization());
    const changes: [string, boolean][] = preferenceGroups.flatMap((group) => offered[group].map((key): [string, boolean] => [`${group}.${key}`, false]));
    changes.push(['objection', true]);
    applyChanges(auth.caller.customer, auth.caller.meta, changes);
    return HttpResponse.json(preferencesView(auth.caller.customer, getOrganization()));
  }),

  http.get(apiPath('/me/consents'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const result = paginate(request, [...auth.caller.customer.consents].reverse());
    return result.ok ? HttpResponse.json(result.page) : result.response;
  }),

  http.get(apiPath('/me/consents/download'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') return validationFailed([{ field: 'format', code: 'invalid_value' }]);
    const items = [...auth.caller.customer.consents].reverse();
    const fileName = `${getOrganization().id}-consent-history-${isoDate(nowIso())}.${format}`;
    const disposition = `attachment; filename="${fileName}"`;
    if (format === 'json') {
      return HttpResponse.json({ generatedAt: nowIso(), items }, { headers: { 'Content-Disposition': disposition } });
    }
    const csv = toCsv(
      ['at', 'key', 'from', 'to', 'source', 'policyVersion'],
      items.map((change) => [change.at, change.key, change.from, change.to, change.source, change.policyVersion]),
    );
    return new HttpResponse(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition } });
  }),
];
