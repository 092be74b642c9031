// How long the portal waits for the server to start answering. A connection that silently died
// (a phone moving between networks, a proxy that swallowed the request) would otherwise leave a
// button spinning forever. After this, the call fails as "cannot reach the server": the person
// can try again, and every change is safe to send twice (If-Match, Idempotency-Key).
// Only the wait for the answer's headers counts: a large download may take longer to arrive.

const defaultAnswerTimeoutMs = 30_000;
let answerTimeoutMs = defaultAnswerTimeoutMs;

/** For a deployment with a slow backend, or a test that cannot wait half a minute. */
export function configureAnswerTimeout(ms: number | null): void {
  answerTimeoutMs = ms ?? defaultAnswerTimeoutMs;
}

export async function fetchWithAnswerTimeout(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The server did not answer in time.', 'TimeoutError')), answerTimeoutMs);
  // The caller's own cancel (a query no longer needed) still cancels, also while the body arrives.
  const forwardAbort = () => controller.abort(request.signal.reason);
  if (request.signal.aborted) forwardAbort();
  else request.signal.addEventListener('abort', forwardAbort, { once: true });
  try {
    return await globalThis.fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
