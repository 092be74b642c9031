// The CSRF token lives in memory only (never in web storage). GET /session and sign-in hand out
// a fresh one; every unsafe request sends it back in X-CSRF-Token.
let current: string | null = null;

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function getCsrfToken(): string | null {
  return current;
}
