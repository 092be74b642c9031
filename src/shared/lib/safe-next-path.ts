/**
 * Where to go after signing in, from a `next` parameter that anyone can put in a link. Only a
 * plain path on this portal may pass: a browser drops tabs and line breaks from a URL and reads a
 * backslash as a slash, so `/\t/evil.example` or `/\evil.example` would become another site.
 * Anything with a control, formatting (zero-width, bidi) or space character, a backslash, or a
 * leading `//` falls back to the overview.
 */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\\]/u;
const PROBE_ORIGIN = 'https://portal.invalid';

export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/';
  if (UNSAFE_CHARACTER.test(next)) return '/';
  try {
    const url = new URL(next, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
