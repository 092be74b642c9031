// The response headers the portal's files should be served with, in one place: the demo HTTP
// server sends them and operator/hosting's nginx and static-host recipes are generated from them
// (a test keeps the committed recipes equal to this). A <meta> CSP cannot carry frame-ancestors,
// so the header adds it.

export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The portal uses none of these; saying so stops an injected script from asking for them.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** For production hosting on https: also keep browsers on https for two years. */
export function hostingHeaders(policy: string): Record<string, string> {
  return { ...securityHeaders(policy), 'Strict-Transport-Security': 'max-age=63072000' };
}
