// What an operator may give as the API address (checked by `npm run configure` before it writes
// index.html, and by the portal at start, which shows the operator what is wrong): an absolute https URL (http only for loopback
// hosts, for trying things on one machine), or a path on the portal's own origin. Anything else
// is refused with a sentence saying what is wrong — a wrong address would only show up as a
// portal that cannot load.

export type ApiAddress =
  | { ok: true; address: string; /** The origin to add to connect-src; null for a same-origin path. */ origin: string | null }
  | { ok: false; error: string };

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);
const example = 'e.g. https://api.example.com/api/v1, or /api/v1 on the portal’s own origin';

export function parseApiAddress(raw: string): ApiAddress {
  const value = raw.trim();
  if (value === '') return { ok: false, error: `The API address is empty (${example}).` };
  if (/[\s"'<>\\]/.test(value)) return { ok: false, error: `The API address "${value}" contains spaces, quotes or angle brackets (${example}).` };
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return { ok: false, error: `"${value}" is a scheme-relative URL; write https://… in full (${example}).` };
    if (/[?#]/.test(value)) return { ok: false, error: `The API address "${value}" may not carry a query or a fragment.` };
    return { ok: true, address: value.replace(/\/+$/, '') || '/', origin: null };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: `"${value}" is neither an absolute URL nor a path starting with / (${example}).` };
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && loopback.has(url.hostname));
  if (!secure) return { ok: false, error: `The API address must use https, not ${url.protocol.replace(/:$/, '')}: the session cookie and personal data travel over it (${example}).` };
  if (url.username || url.password) return { ok: false, error: 'The API address may not contain a user name or password.' };
  if (url.search || url.hash) return { ok: false, error: `The API address "${value}" may not carry a query or a fragment.` };
  return { ok: true, address: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}
