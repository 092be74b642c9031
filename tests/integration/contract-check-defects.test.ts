// @vitest-environment node
import { runContractCheck } from '../../operator/contract-check/run-check';
import type { CheckName } from '../../operator/contract-check/report';
import { startDemoApi, switchOffInProcessMocks } from '../utils/demo-api-server';

// Each deliberate defect of the demo backend (PORTAL_MOCK_DEFECT) makes the conformance check
// fail, naming the operation and the check that catches it.

const cases: { defect: string; operation: string; check: CheckName; reason: RegExp; path?: string }[] = [
  { defect: 'no-csrf', operation: 'updateProfile', check: 'csrf', reason: /without X-CSRF-Token: expected 403 csrf, got 200/ },
  { defect: 'no-etag', operation: 'getProfile', check: 'etag', reason: /without an ETag/, path: 'header ETag' },
  { defect: 'ignore-if-match', operation: 'updateProfile', check: 'if-match', reason: /stale ETag: expected 412/ },
  { defect: 'missing-field', operation: 'getProfile', check: 'schema', reason: /required property 'email'/, path: 'body/email' },
  { defect: 'wrong-status', operation: 'createExport', check: 'schema', reason: /status 200 is not documented for createExport/, path: 'status' },
  { defect: 'cookie-not-httponly', operation: 'signIn', check: 'cookie', reason: /not HttpOnly/, path: 'Set-Cookie' },
  { defect: 'export-not-idempotent', operation: 'createExport', check: 'idempotency', reason: /made another resource/, path: 'body/id' },
  { defect: 'leaks-other-customer', operation: 'getExport', check: 'isolation', reason: /second account read the first account's export/ },
];

switchOffInProcessMocks();

describe('contract check against a defective backend', () => {
  it.each(cases)('$defect: fails $operation · $check', async ({ defect, operation, check, reason, path }) => {
    const server = await startDemoApi({ PORTAL_MOCK_DEFECT: defect });
    try {
      const report = await runContractCheck({
        baseUrl: server.baseUrl,
        first: { email: 'anna@example.com', password: 'privacy-demo' },
        second: { email: 'bulk@example.com', password: 'privacy-demo' },
        includeDestructive: false,
        exportWaitMs: 15_000,
      });
      const found = report.list().find((result) => result.operation === operation && result.check === check);
      expect(found?.outcome).toBe('fail');
      expect(found?.reason).toMatch(reason);
      if (path) expect(found?.path).toBe(path);
      expect(report.summary().failed).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
