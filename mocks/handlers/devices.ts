import { http, HttpResponse } from 'msw';
import { recordActivity } from '../domain/activity';
import { deviceLabel } from '../domain/request-meta';
import { endOtherSessions, findLiveSessionByPublicId, sessionList } from '../domain/session-list';
import { endSession } from '../domain/sessions';
import { authenticate } from './lib/auth';
import { apiPath } from './lib/paths';
import { problem } from './lib/problem';

// Where the customer is signed in. Ending a session on another device is signing out, so it
// works during a scheduled deletion too (the account stays read-only for everything else).

export const deviceHandlers = [
  http.get(apiPath('/me/sessions'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, session } = auth.caller;
    return HttpResponse.json({ items: sessionList(customer.id, session.id) });
  }),

  http.post(apiPath('/me/sessions/sign-out-others'), ({ request, cookies }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, session, meta } = auth.caller;
    if (endOtherSessions(customer.id, session.id) > 0) recordActivity(customer, 'signed_out_other_devices', meta);
    return new HttpResponse(null, { status: 204 });
  }),

  http.delete(apiPath('/me/sessions/:sessionId'), ({ request, cookies, params }) => {
    const auth = authenticate(request, cookies, { allowDuringDeletion: true });
    if (!auth.ok) return auth.response;
    const { customer, session, meta } = auth.caller;
    const target = findLiveSessionByPublicId(customer.id, String(params.sessionId));
    if (!target) return problem(404, 'not_found');
    if (target.id === session.id) {
      return problem(409, 'conflict', { detail: 'This is the current session: sign out with DELETE /session.' });
    }
    endSession(target.id);
    recordActivity(customer, 'signed_out_other_device', meta, deviceLabel(target));
    return new HttpResponse(null, { status: 204 });
  }),
];
