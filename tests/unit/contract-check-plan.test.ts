// @vitest-environment node
import { contractOperations } from '../../operator/contract/validate-response';
import { parseBaseUrl } from '../../operator/contract-check/base-url';
import { plan } from '../../operator/contract-check/plan';
import { Report } from '../../operator/contract-check/report';

// The conformance check must exercise every operation of the document: a new operation without
// a plan entry fails here, so the check cannot silently fall behind the contract.

describe('contract check plan', () => {
  it('has exactly one entry per operation of openapi.yaml', () => {
    const documented = contractOperations().map((operation) => operation.operationId).sort();
    const planned = plan.map((entry) => entry.operationId);
    expect([...planned].sort()).toEqual(documented);
    expect(new Set(planned).size).toBe(planned.length);
  });

  it('runs only what leaves a trace that cannot be undone behind --include-destructive', () => {
    const destructive = plan.filter((entry) => entry.destructive).map((entry) => entry.operationId);
    expect(destructive).toEqual(expect.arrayContaining(['createRequest', 'scheduleDeletion']));
    expect(destructive).not.toContain('updateProfile');
  });

  it('reads an origin as the API at the document’s base path, and refuses what is not a URL', () => {
    expect(parseBaseUrl('https://api.example.com').href).toBe('https://api.example.com/api/v1');
    expect(parseBaseUrl('https://example.com/privacy/api/v1').pathname).toBe('/privacy/api/v1');
    expect(() => parseBaseUrl('api.example.com')).toThrow(/absolute URL/);
    expect(() => parseBaseUrl('ftp://example.com')).toThrow(/http or https/);
  });
});

describe('contract check report', () => {
  it('lets one failure fail a check, and counts operations and outcomes in the summary', () => {
    const report = new Report(['getProfile', 'updateProfile']);
    report.pass('getProfile', 'schema');
    report.fail('getProfile', 'schema', 'body must have required property', 'body/email');
    report.pass('getProfile', 'schema');
    report.notChecked('updateProfile', 'reauth', 'no way to age the confirmation');
    expect(report.list()).toEqual([
      { operation: 'getProfile', check: 'schema', outcome: 'fail', reason: 'body must have required property', path: 'body/email' },
      { operation: 'updateProfile', check: 'reauth', outcome: 'not checked', reason: 'no way to age the confirmation', path: null },
    ]);
    expect(report.summaryLine()).toBe('0 passed, 1 failed, 1 not checked; 1 of 2 operations exercised');
    expect(report.toText()).toContain('getProfile · schema · FAIL · body must have required property · body/email');
  });
});
