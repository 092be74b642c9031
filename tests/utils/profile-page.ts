import { configure, screen } from '@testing-library/react';
import { findCustomerByEmail } from '../../mocks/db';
import { renderSignedIn } from './render-app';

// The profile page is big (country lists for each address) and the machine is shared: in the
// profile tests a wait may take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

export async function openProfile(email = 'anna@example.com') {
  // Load the lazy route modules first: a cold transform can outlast Testing Library's wait.
  await Promise.all([
    import('../../src/features/sign-in/routes/sign-in-route'),
    import('../../src/features/profile/routes/profile-route'),
    import('../../src/app/layout/signed-in-layout'),
  ]);
  const app = await renderSignedIn(email, '/profile');
  await screen.findByRole('heading', { level: 1, name: /^(Correct my data|Labot manus datus)$/ });
  return app;
}

/** The record the mock backend holds: what a save really stored. */
export function stored(email = 'anna@example.com') {
  const customer = findCustomerByEmail(email);
  if (!customer) throw new Error(`no customer ${email}`);
  return customer;
}

export async function findSaved() {
  return screen.findByText('Your changes are saved.', {}, { timeout: 5_000 });
}
