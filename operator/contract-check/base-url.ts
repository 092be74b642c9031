import { documentBasePath } from '../contract/validate-response';

/** The API to check: an origin alone means the document's base path (`/api/v1`) on it. */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--base-url must be an absolute URL (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--base-url must be http or https (got ${url.protocol})`);
  if (url.pathname === '/' || url.pathname === '') url.pathname = documentBasePath();
  return url;
}
