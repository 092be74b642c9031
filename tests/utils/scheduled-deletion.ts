import { screen } from '@testing-library/react';
import { nowIso } from '../../mocks/clock';
import { findCustomerByEmail } from '../../mocks/db';
import { addDays } from '../../mocks/domain/dates';
import { renderSignedIn } from './render-app';

/**
 * The backend's record of a deletion scheduled 14 days ahead, as if asked for earlier (or in
 * another browser, without ending this session): the tests start from the state, not the flow.
 */
export function scheduleDeletionOf(email = 'anna@example.com'): void {
  const customer = findCustomerByEmail(email);
  if (!customer) throw new Error(`no customer ${email}`);
  const requestedAt = nowIso();
  customer.deletion = { requestedAt, scheduledFor: addDays(requestedAt, 14), reason: null };
}

/** Signs in during the grace period and chooses "Keep it scheduled" at the gate. */
export async function signInKeepingDeletion(path: string, email = 'anna@example.com') {
  scheduleDeletionOf(email);
  const app = await renderSignedIn(email, path);
  await app.user.click(await screen.findByRole('button', { name: 'Keep it scheduled' }, { timeout: 5_000 }));
  return app;
}
