// Operators point a build at their backend by editing one tag in index.html
// (<meta name="privacy-portal-api" content="https://…/api/v1">); no rebuild needed.
const fallback = '/api/v1';

export function apiBaseUrl(): string {
  const configured = document.querySelector<HTMLMetaElement>('meta[name="privacy-portal-api"]')?.content?.trim();
  // Absolute, because fetch outside a browser (tests) cannot resolve a relative URL. An address
  // that is not a URL at all must not stop the modules loading: the start-up check
  // (src/app/startup) reports it to the operator instead of leaving a blank page.
  try {
    return new URL(configured || fallback, document.baseURI).href.replace(/\/$/, '');
  } catch {
    return new URL(fallback, document.baseURI).href;
  }
}

/** The address exactly as index.html gives it, for the start-up check. */
export function configuredApiAddress(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="privacy-portal-api"]')?.content ?? fallback;
}
