import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { nowIso } from '../clock';
import { findCustomer } from '../db';
import { profileEtag, profileView } from '../domain/profile';
import { endSession, findSession } from '../domain/sessions';
import { takeFaults } from '../faults';
import { sessionIdFrom } from './lib/auth';
import { apiSubPath } from './lib/paths';
import { problem } from './lib/problem';

// First in the handler list: applies injected faults, otherwise falls through (returns nothing)
// to the real handlers — `answering`, which a lost answer also runs before dropping what they say.
export const createFaultHandler = (answering: readonly RequestHandler[]) =>
  http.all('*/api/v1/*', async ({ request, cookies }) => {
    const path = apiSubPath(request.url);
    if (path === null) return undefined;
    const { held, latencyMs, failure } = takeFaults(request.method, path);
    if (held) await held;
    if (latencyMs > 0) await delay(latencyMs);
    switch (failure) {
      case null:
        return undefined;
      case 'network':
        return HttpResponse.error();
      case 'lost-answer':
        // The backend does the work; the connection drops before the answer arrives.
        await getResponse([...answering], request.clone());
        return HttpResponse.error();
      case 'server-error':
        return problem(500, 'internal', { detail: 'Injected fault.' });
      case 'unavailable':
        return problem(503, 'unavailable', { detail: 'Injected fault.', headers: { 'Retry-After': '5' } });
      case 'rate-limited':
        return problem(429, 'rate_limited', { retryAfterSeconds: 30 });
      case 'session-expired': {
        // Really end the session, so the client must sign in again (a retry alone will not do).
        const session = findSession(sessionIdFrom(cookies));
        if (session) endSession(session.id);
        return problem(401, 'unauthenticated', { detail: 'Injected fault: the session expired.' });
      }
      case 'precondition-failed': {
        const customer = findCustomer(findSession(sessionIdFrom(cookies))?.customerId);
        if (!customer) return undefined;
        // As if another device had just saved: the version moves on, so the client's tag is stale.
        customer.version += 1;
        customer.updatedAt = nowIso();
        return problem(412, 'precondition_failed', { current: profileView(customer), headers: { ETag: profileEtag(customer) } });
      }
    }
  });
