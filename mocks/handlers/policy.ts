import { http, HttpResponse } from 'msw';
import { getTenant } from '../db';
import { recordActivity } from '../domain/activity';
import { authenticate } from './lib/auth';
import { apiPath } from './lib/paths';
import { validationFailed } from './lib/problem';
import { readContractBody } from './lib/request-validation';

export const policyHandlers = [
  http.post(apiPath('/me/policy-acknowledgement'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const parsed = await readContractBody(request, 'acknowledgePolicy');
    if (!parsed.ok) return parsed.response;
    const { version } = parsed.body;
    if (!getTenant().policyVersions.includes(version)) return validationFailed([{ field: 'version', code: 'invalid_value' }]);
    if (customer.policyAcknowledgedVersion !== version) {
      customer.policyAcknowledgedVersion = version;
      recordActivity(customer, 'policy_acknowledged', meta, version);
    }
    return new HttpResponse(null, { status: 204 });
  }),
];
