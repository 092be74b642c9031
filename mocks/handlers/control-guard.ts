import { http } from 'msw';
import { controlPath } from './lib/paths';
import { problem } from './lib/problem';

// The demo controls (reset, clock, faults …) have no session, so a page on another site must not
// be able to drive them: a cross-site form or `text/plain` post is refused before any control
// runs. The tests and the demo call them from the same site (or from no page at all) with JSON.
// Runs first for every control path and falls through (returns nothing) when the request may pass.

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The part of a host name that makes a site: the last two labels, or the whole name for localhost and IP addresses. */
function siteOf(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || hostname === 'localhost') return hostname;
  return hostname.split('.').slice(-2).join('.');
}

function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return siteOf(new URL(origin).hostname) !== siteOf(new URL(request.url).hostname);
  } catch {
    // "null" (a sandboxed page or a file) or garbage: not a page of this site.
    return true;
  }
}

export const controlGuard = http.all(controlPath('/*'), ({ request }) => {
  if (!unsafe.has(request.method.toUpperCase())) return undefined;
  if (isCrossSite(request)) return problem(403, 'csrf', { detail: 'The demo controls answer only pages of their own site.' });
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (request.method.toUpperCase() === 'POST' && type !== 'application/json') return problem(415, 'unsupported_media_type');
  return undefined;
});
