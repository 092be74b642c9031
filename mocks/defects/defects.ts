import { findCustomer, getDb } from '../db';
import { exportView } from '../domain/exports';
import { findSession, SESSION_COOKIE } from '../domain/sessions';
import { apiRoute, cookieValue, type Defect, rebuild, withHeaders } from './defect';

// The mistakes an operator's backend is most likely to make, one per entry. Each is a thin
// layer around the real handlers, so the demo backend itself stays correct.

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const defects: Defect[] = [
  {
    name: 'no-csrf',
    description: 'accepts unsafe requests without a valid CSRF token (check: csrf)',
    request(request) {
      if (!unsafe.has(request.method)) return request;
      const session = findSession(cookieValue(request, SESSION_COOKIE));
      // As if the server never compared the header: hand the handlers the right token.
      return session ? withHeaders(request, (headers) => headers.set('x-csrf-token', session.csrfToken)) : request;
    },
  },
  {
    name: 'no-etag',
    description: 'sends the profile without an ETag (check: etag)',
    response(_request, response) {
      const headers = new Headers(response.headers);
      headers.delete('etag');
      return rebuild(response, { headers });
    },
  },
  {
    name: 'ignore-if-match',
    description: 'saves the profile whatever If-Match says, overwriting changes made elsewhere (check: if-match)',
    async request(request, answer) {
      if (request.method !== 'PATCH' || apiRoute(request) !== '/me/profile' || !request.headers.has('if-match')) return request;
      const current = await answer(new Request(request.url, { headers: { cookie: request.headers.get('cookie') ?? '' } }));
      const etag = current.headers.get('etag');
      return etag ? withHeaders(request, (headers) => headers.set('if-match', etag)) : request;
    },
  },
  {
    name: 'missing-field',
    description: 'leaves the required `email` out of the profile (check: schema, body/email)',
    async response(request, response) {
      if (request.method !== 'GET' || apiRoute(request) !== '/me/profile' || response.status !== 200) return response;
      const body = (await response.json()) as Record<string, unknown>;
      delete body.email;
      return rebuild(response, { body: JSON.stringify(body) });
    },
  },
  {
    name: 'wrong-status',
    description: 'answers a new export with 200 instead of 202 Accepted (check: schema, status)',
    response(request, response) {
      if (request.method !== 'POST' || apiRoute(request) !== '/me/exports' || response.status !== 202) return response;
      return rebuild(response, { status: 200 });
    },
  },
  {
    name: 'cookie-not-httponly',
    description: 'sets the session cookie without HttpOnly, so scripts can read it (check: cookie)',
    response(_request, response) {
      const cookies = response.headers.getSetCookie();
      if (cookies.length === 0) return response;
      const headers = new Headers();
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') headers.set(name, value);
      });
      for (const cookie of cookies) headers.append('set-cookie', cookie.replace(/;\s*HttpOnly/i, ''));
      return rebuild(response, { headers });
    },
  },
  {
    name: 'export-not-idempotent',
    description: 'ignores Idempotency-Key on exports: a retried request makes a second export (check: idempotency)',
    request(request) {
      if (request.method !== 'POST' || apiRoute(request) !== '/me/exports') return request;
      return withHeaders(request, (headers) => headers.set('idempotency-key', `forgotten-${crypto.randomUUID()}`));
    },
  },
  {
    name: 'leaks-other-customer',
    description: "looks an export up by id alone, so one customer can read another's (check: isolation)",
    response(request, response) {
      const match = /^\/me\/exports\/([^/]+)$/.exec(apiRoute(request));
      if (request.method !== 'GET' || !match || response.status !== 404) return response;
      for (const customer of getDb().customers) {
        const record = customer.exports.find((item) => item.id === match[1]);
        const owner = findCustomer(customer.id);
        if (record && owner) return Response.json(exportView(record, owner));
      }
      return response;
    },
  },
];

export const defectNames = defects.map((defect) => defect.name);

export function findDefect(name: string): Defect | undefined {
  return defects.find((defect) => defect.name === name);
}
