import { server } from '../../mocks/node';
import { clearFaults } from '../../mocks/faults';
import { resetClock } from '../../mocks/clock';
import { seed } from '../../mocks/db';
import { setCsrfToken } from '../../src/api/csrf-token';
import { i18nStore } from '../../src/shared/i18n/i18n-store';
import { validateResponse } from '../../operator/contract/validate-response';

/**
 * Starts msw/node for a test file and checks every mocked answer against the contract
 * (src/api/openapi.yaml), so a handler that drifts from the document fails the test that
 * exercised it — not only the dedicated contract tests.
 */
export function startContractCheck() {
  let pending: Promise<string[]>[] = [];

  server.events.on('response:mocked', ({ request, response }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/v1/')) return;
    const copy = response.clone();
    pending.push(
      (async () => {
        const type = copy.headers.get('content-type') ?? '';
        const body = type.includes('json') ? await copy.json().catch(() => undefined) : undefined;
        return validateResponse({ method: request.method, url: request.url, status: copy.status, headers: copy.headers, body }).map(
          (problem) => `${request.method} ${url.pathname} → ${copy.status}: ${problem}`,
        );
      })(),
    );
  });

  return {
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    reset: () => {
      server.resetHandlers();
      clearFaults();
      resetClock();
      seed('aptolux');
      setCsrfToken(null);
      i18nStore.forgetChoice();
      pending = [];
    },
    assertClean: async () => {
      const problems = (await Promise.all(pending)).flat();
      pending = [];
      if (problems.length > 0) throw new Error(`Mock responses break the contract:\n${problems.join('\n')}`);
    },
    close: () => server.close(),
  };
}
