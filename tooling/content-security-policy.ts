// The production CSP, built in one place for everything that states it: the <meta> tag of the
// build (vite.config.ts), `npm run configure` (which rewrites that tag for another API address),
// the hosting recipes and the demo HTTP server (as a header).
// No 'unsafe-inline': the build emits no inline scripts, and brand colours are applied through
// CSSOM (element.style.setProperty), which style-src does not govern.

/** The policy for a portal whose API is on its own origin, or also on `apiOrigin`. */
export function buildContentSecurityPolicy(apiOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    apiOrigin ? `connect-src 'self' ${apiOrigin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy a fresh build ships (the API at /api/v1 on the portal's own origin). */
export const contentSecurityPolicy = buildContentSecurityPolicy();
