// Operators point a build at their backend by editing one tag in index.html
// (<meta name="privacy-portal-api" content="https://…/api/v1">); no rebuild needed.
const fallback = '/api/v1';

export function apiBaseUrl(): string {
  const configured = document.querySelector<HTMLMetaElement>('meta[name="privacy-portal-api"]')?.content?.trim();
  // Absolute, because fetch outside a browser (tests) cannot resolve a relative URL.
  return new URL(configured || fallback, document.baseURI).href.replace(/\/$/, '');
}
