/**
 * A URL from the API (the tenant's policy page, websites of the company and the supervisory
 * authority) as a link target only if it is a web address (absolute or relative to the portal):
 * a `javascript:` or `data:` URL must never become a clickable link.
 */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url, window.location.origin);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
