import { http, HttpResponse } from 'msw';
import { getTenant } from '../db';
import { recordActivity } from '../domain/activity';
import { authenticate } from './lib/auth';
import { apiPath } from './lib/paths';
import { FieldErrors, readJsonObject, readString, rejectUnknownKeys } from './lib/validate';

export const policyHandlers = [
  http.post(apiPath('/me/policy-acknowledgement'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const parsed = await readJsonObject(request);
    if (!parsed.ok) return parsed.response;
    const errors = new FieldErrors();
    rejectUnknownKeys(parsed.body, ['version'], errors);
    const version = readString(parsed.body.version, 'version', errors, { min: 1 });
    if (version !== undefined && !getTenant().policyVersions.includes(version)) errors.add('version', 'invalid_value');
    if (!errors.empty || version === undefined) return errors.response();
    if (customer.policyAcknowledgedVersion !== version) {
      customer.policyAcknowledgedVersion = version;
      recordActivity(customer, 'policy_acknowledged', meta, version);
    }
    return new HttpResponse(null, { status: 204 });
  }),
];
