// The production CSP. Served as a <meta> tag by the build (see vite.config.ts) and as a header
// by `npm run serve`, so operators get it whether or not their web server adds headers.
// No 'unsafe-inline': the build emits no inline scripts, and brand colours are applied through
// CSSOM (element.style.setProperty), which style-src does not govern.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
