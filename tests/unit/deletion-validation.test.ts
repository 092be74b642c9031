import { validateConfirmation } from '../../src/features/deletion/validation';

describe('deletion confirmation checks', () => {
  const ok = { password: 'secret', confirmEmail: 'anna@example.com', reasonText: '' };

  it('accepts the account address in any case and with stray spaces', () => {
    expect(validateConfirmation({ ...ok, confirmEmail: '  ANNA@Example.com ' }, 'anna@example.com')).toEqual({});
  });

  it('names each missing or wrong answer', () => {
    expect(validateConfirmation({ password: '', confirmEmail: '', reasonText: '' }, 'anna@example.com')).toEqual({
      password: 'deletion.error.passwordRequired',
      confirmEmail: 'deletion.error.emailRequired',
    });
    expect(validateConfirmation({ ...ok, confirmEmail: 'anna@example.org' }, 'anna@example.com')).toEqual({
      confirmEmail: 'deletion.error.emailMismatch',
    });
    expect(validateConfirmation({ ...ok, reasonText: 'x'.repeat(1001) }, 'anna@example.com')).toEqual({
      reasonText: 'deletion.error.reasonTooLong',
    });
  });
});
