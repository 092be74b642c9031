import { http, HttpResponse } from 'msw';
import { nowIso } from '../clock';
import { getOrganization } from '../db';
import { recordActivity } from '../domain/activity';
import { recordSelfCorrection } from '../domain/recorded-requests';
import { ifMatchSatisfied, profileEtag, profileView } from '../domain/profile';
import { authenticate } from './lib/auth';
import { apiPath } from './lib/paths';
import { problem } from './lib/problem';
import { applyProfileChanges, validateProfilePatch } from './lib/profile-patch';
import { readContractBody } from './lib/request-validation';

export const profileHandlers = [
  http.get(apiPath('/me/profile'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer } = auth.caller;
    return HttpResponse.json(profileView(customer), { headers: { ETag: profileEtag(customer) } });
  }),

  http.patch(apiPath('/me/profile'), async ({ request, cookies }) => {
    const auth = authenticate(request, cookies);
    if (!auth.ok) return auth.response;
    const { customer, meta } = auth.caller;
    const ifMatch = request.headers.get('if-match');
    if (!ifMatch) return problem(428, 'precondition_required');
    if (!ifMatchSatisfied(ifMatch, customer)) {
      // The client shows what changed and lets the person choose; it never overwrites blindly.
      return problem(412, 'precondition_failed', {
        current: profileView(customer),
        headers: { ETag: profileEtag(customer) },
      });
    }
    const parsed = await readContractBody(request, 'updateProfile');
    if (!parsed.ok) return parsed.response;
    const result = validateProfilePatch(parsed.body, customer, getOrganization());
    if (!result.ok) return result.errors.response();
    const changed = applyProfileChanges(customer, result.changes);
    if (changed.length > 0) {
      customer.version += 1;
      customer.updatedAt = nowIso();
      recordActivity(customer, 'profile_updated', meta, changed.join(', '));
      recordSelfCorrection(customer, changed);
    }
    return HttpResponse.json(profileView(customer), { headers: { ETag: profileEtag(customer) } });
  }),
];
