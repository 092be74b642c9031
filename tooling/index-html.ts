// Reads and rewrites the two operator settings in a built index.html: the API address
// (<meta name="privacy-portal-api">) and the Content-Security-Policy <meta>. They change together
// (`npm run configure`), because a connect-src that does not name the API blocks every call.

const apiMeta = /(<meta\s+name="privacy-portal-api"\s+content=")([^"]*)("\s*\/?>)/;
const policyMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/;

export function readApiAddress(html: string): string | null {
  return apiMeta.exec(html)?.[2] ?? null;
}

export function readPolicy(html: string): string | null {
  const raw = policyMeta.exec(html)?.[2];
  return raw === undefined ? null : raw.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** index.html with both settings replaced; throws when it lacks either tag. */
export function rewriteIndexHtml(html: string, apiAddress: string, policy: string): string {
  if (!apiMeta.test(html)) throw new Error('index.html has no <meta name="privacy-portal-api"> tag: is this a Privacy Portal build?');
  if (!policyMeta.test(html)) throw new Error('index.html has no Content-Security-Policy <meta> tag: is this a production build (npm run build)?');
  return html
    .replace(apiMeta, (_match, start: string, _old: string, end: string) => `${start}${escape(apiAddress)}${end}`)
    .replace(policyMeta, (_match, start: string, _old: string, end: string) => `${start}${escape(policy)}${end}`);
}
