import { readFileSync } from 'node:fs';
import { contractPath, documentPath, renderContractRules, rulesPath } from '../../tooling/gen-contract-rules';
import { mustSaySomething, requestRules, textLength } from '../../src/api/contract-rules';
import { bodyErrors, parameterErrors } from '../../mocks/handlers/lib/request-validation';

// The contract's request rules reach the forms and the demo backend only through the files
// `npm run gen:api` writes; these tests keep those files current and show the backend's
// validation speaks the contract's field errors.

describe('the contract’s request rules', () => {
  it('are generated from the current openapi.yaml (run `npm run gen:api` after changing it)', () => {
    const { rules, contract } = renderContractRules(readFileSync(documentPath, 'utf8'));
    expect(readFileSync(rulesPath, 'utf8')).toBe(rules);
    expect(readFileSync(contractPath, 'utf8')).toBe(contract);
  });

  it('count text as JSON Schema does: code points', () => {
    expect(textLength('Bērziņa')).toBe(7);
    expect(textLength('🥞🥞')).toBe(2);
    expect(textLength('‏مريم‏')).toBe(6);
  });

  it('tell the forms which text must say something', () => {
    expect(mustSaySomething(requestRules.ProfilePatch.firstName)).toBe(true);
    expect(mustSaySomething(requestRules.AddressInput.line2)).toBe(false);
    expect(mustSaySomething(requestRules.AddressInput.label)).toBe(false);
  });
});

describe('the demo backend’s validation against the contract', () => {
  it('answers blank required text as required, and counts emoji as one character', () => {
    const limit = requestRules.ProfilePatch.firstName.maxLength;
    expect(bodyErrors('updateProfile', { firstName: ' \t ' })).toEqual([{ field: 'firstName', code: 'required' }]);
    expect(bodyErrors('updateProfile', { firstName: '🥞'.repeat(limit) })).toEqual([]);
    expect(bodyErrors('updateProfile', { firstName: '🥞'.repeat(limit + 1) })).toEqual([{ field: 'firstName', code: 'too_long', limit }]);
  });

  it('names the deepest field that is wrong, once', () => {
    expect(bodyErrors('createRequest', { type: 'question', message: 'Hi', subject: { categoryId: 'horoscope', itemId: null, field: null } })).toEqual([
      { field: 'subject.categoryId', code: 'invalid_value' },
    ]);
    expect(bodyErrors('createRequest', { type: 'question', message: '   ', subject: null })).toEqual([{ field: 'message', code: 'required' }]);
    expect(bodyErrors('createRequest', { type: 'objection', message: '', subject: null })).toEqual([]);
    expect(bodyErrors('signIn', { email: 'not an address', password: 'x', remember: true })).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'invalid_email' },
        { field: 'remember', code: 'invalid_value' },
      ]),
    );
  });

  it('checks the parameters the contract declares', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost/api/v1/me/exports', { method: 'POST', headers });
    expect(parameterErrors('createExport', request({}))).toEqual([{ field: 'Idempotency-Key', code: 'required' }]);
    expect(parameterErrors('createExport', request({ 'Idempotency-Key': 'short' }))).toEqual([{ field: 'Idempotency-Key', code: 'too_short', limit: 8 }]);
    const page = (query: string) => new Request(`http://localhost/api/v1/me/orders?${query}`);
    expect(parameterErrors('listOrders', page('limit=101'))).toEqual([{ field: 'limit', code: 'invalid_value' }]);
    expect(parameterErrors('listOrders', page('limit=100'))).toEqual([]);
  });
});
