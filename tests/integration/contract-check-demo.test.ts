// @vitest-environment node
import { runContractCheck } from '../../operator/contract-check/run-check';
import { startDemoApi, type DemoApiServer, switchOffInProcessMocks } from '../utils/demo-api-server';

// The conformance check passes against the demo backend — the reference implementation of the
// contract — over real HTTP, for both demo companies and with the destructive steps included.

switchOffInProcessMocks();

describe.each([
  { tenant: 'aptolux', first: 'anna@example.com', second: 'bulk@example.com', unexercised: [] },
  // Fotolukss deletes at once (no grace period): scheduling would delete the test account.
  { tenant: 'fotolukss', first: 'janis@example.lv', second: 'liga@example.lv', unexercised: ['scheduleDeletion'] },
])('contract check against the demo backend ($tenant)', ({ tenant, first, second, unexercised }) => {
  let server: DemoApiServer;
  beforeAll(async () => {
    server = await startDemoApi({ PORTAL_TENANT: tenant });
  });
  afterAll(() => server.stop());

  it('passes every check it can make, exercising every operation it safely can', async () => {
    const report = await runContractCheck({
      baseUrl: server.baseUrl,
      first: { email: first, password: 'privacy-demo' },
      second: { email: second, password: 'privacy-demo' },
      includeDestructive: true,
      exportWaitMs: 30_000,
    });
    const failures = report.list().filter((result) => result.outcome === 'fail');
    expect(failures).toEqual([]);
    const summary = report.summary();
    expect(summary.operationsExercised).toBe(summary.operationsInContract - unexercised.length);
    for (const operation of unexercised) expect(report.has(operation, 'schema', 'not checked')).toBe(true);
    for (const check of ['cookie', 'session', 'sign-out', 'csrf', 'etag', 'if-match', 'idempotency', 'isolation', 'pagination', 'problem', 'restore'] as const) {
      expect(report.list().some((result) => result.check === check && result.outcome === 'pass'), `${check} passed somewhere`).toBe(true);
    }
    console.info(`${tenant}: ${report.summaryLine()}`);
  }, 90_000);
});
