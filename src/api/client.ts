import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';
import { fetchWithAnswerTimeout } from './answer-timeout';
import { apiBaseUrl } from './base-url';
import { getCsrfToken, setCsrfToken } from './csrf-token';
import { networkError, problemToError } from './problem';
import { recoverExpiredSession } from './session-recovery';

// The one HTTP client. Typed from the contract (schema.gen.ts is generated from openapi.yaml by
// `npm run gen:api`). It has no UI side effects: it throws ApiError and leaves the decisions to
// the query client and the call sites — except two that only the transport can do correctly:
// re-sending a request after the session was recovered, and after a stale CSRF token.

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfHeader: Middleware = {
  onRequest({ request }) {
    const token = getCsrfToken();
    if (unsafeMethods.has(request.method) && token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: apiBaseUrl(),
  credentials: 'include',
  // Resolved per call (globalThis.fetch inside) so test tooling that wraps fetch after this
  // module loads still applies.
  fetch: fetchWithAnswerTimeout,
});
api.use(csrfHeader);

export interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function refreshCsrfToken(): Promise<void> {
  const { data } = await api.GET('/session');
  if (data) setCsrfToken(data.csrfToken);
}

export interface CallOptions {
  /** false for calls where an ended session is the expected outcome (signing out). */
  recoverSession?: boolean;
}

/**
 * Sends a request built by `send` and returns the parsed body, or throws ApiError.
 * `send` is a function so that a retry builds a fresh Request (new CSRF token, unread body).
 */
export async function call<T>(send: () => Promise<CallResult<T>>, options: CallOptions = {}): Promise<T> {
  let recovered = false;
  let csrfRefreshed = false;
  for (;;) {
    let result: CallResult<T>;
    try {
      result = await send();
    } catch (cause) {
      if (isAbort(cause)) throw cause;
      throw networkError(cause);
    }
    if (result.response.ok) return result.data as T;

    const error = problemToError(result.response, result.error);
    // The server rejected these before acting on them, so sending again is safe.
    if (error.code === 'unauthenticated' && !recovered && options.recoverSession !== false) {
      recovered = true;
      if (await recoverExpiredSession()) continue;
    } else if (error.code === 'csrf' && !csrfRefreshed) {
      csrfRefreshed = true;
      await refreshCsrfToken();
      continue;
    }
    throw error;
  }
}

/** Reads the ETag of a response (profile versions), for the next If-Match. */
export async function callWithEtag<T>(
  send: () => Promise<CallResult<T>>,
): Promise<{ data: T; etag: string | null }> {
  let etag: string | null = null;
  const data = await call(async () => {
    const result = await send();
    etag = result.response.headers.get('ETag');
    return result;
  });
  return { data, etag };
}
