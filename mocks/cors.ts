import type { IncomingMessage } from 'node:http';

// CORS for the demo HTTP server, for a portal served from another origin of the same site
// (portal.example.com → api.example.com; in the tests localhost:A → localhost:B). Off unless
// PORTAL_CORS_ORIGIN names the portal's origin(s), comma-separated. Credentials are allowed (the
// session is a cookie), so the origin is echoed, never `*`. These lists are what README "For
// operators" asks of a real backend.

export const allowedRequestHeaders = ['Content-Type', 'X-CSRF-Token', 'If-Match', 'Idempotency-Key'];
export const exposedResponseHeaders = ['ETag', 'Content-Disposition', 'Retry-After'];
export const allowedMethods = ['GET', 'POST', 'PATCH', 'DELETE'];

export function corsOrigins(raw = process.env.PORTAL_CORS_ORIGIN): string[] {
  return (raw ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/** Headers to add to an /api answer for this request, or null when it is not an allowed cross-origin call. */
export function corsHeaders(request: IncomingMessage, origins: string[]): Record<string, string> | null {
  const origin = request.headers.origin;
  if (!origin || !origins.includes(origin)) return null;
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': exposedResponseHeaders.join(', '),
    Vary: 'Origin',
  };
  if (request.method === 'OPTIONS') {
    headers['Access-Control-Allow-Methods'] = allowedMethods.join(', ');
    headers['Access-Control-Allow-Headers'] = allowedRequestHeaders.join(', ');
    headers['Access-Control-Max-Age'] = '600';
  }
  return headers;
}
