import { problemToError } from '../../src/api/problem';

function response(status: number, headers: Record<string, string> = {}) {
  return new Response(null, { status, headers });
}

describe('problemToError', () => {
  it('keeps the stable code and maps field errors by field', () => {
    const error = problemToError(response(422), {
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      code: 'validation_failed',
      errors: [
        { field: 'firstName', code: 'too_long', limit: 100 },
        { field: 'firstName', code: 'required' },
        { field: 'addresses.0.postalCode', code: 'required' },
      ],
    });
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual({
      firstName: { code: 'too_long', limit: 100 },
      'addresses.0.postalCode': { code: 'required' },
    });
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(problemToError(response(429, { 'Retry-After': '120' }), { code: 'rate_limited' }).retryAfterSeconds).toBe(120);
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    const fromDate = problemToError(response(429, { 'Retry-After': inOneMinute }), {}).retryAfterSeconds ?? 0;
    expect(fromDate).toBeGreaterThan(50);
    expect(fromDate).toBeLessThanOrEqual(61);
  });

  it('still gives a usable code when a proxy answers without a problem body', () => {
    expect(problemToError(response(502), '<html>Bad gateway</html>').code).toBe('internal');
    expect(problemToError(response(503), undefined).code).toBe('unavailable');
    expect(problemToError(response(401), undefined).code).toBe('unauthenticated');
  });
});
