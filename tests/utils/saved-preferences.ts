import { findCustomerByEmail } from '../../mocks/db';
import type { StoredPreferences } from '../../mocks/model';

/**
 * What the mock backend has stored: a test waits on it (`await waitFor(...)`) before it reads the
 * backend again, instead of sleeping and hoping the writes have landed.
 */
export function savedPreferences(email = 'anna@example.com'): StoredPreferences {
  const customer = findCustomerByEmail(email);
  if (!customer) throw new Error(`No customer ${email} in the mock backend`);
  return customer.preferences;
}
