import { cleanup, screen } from '@testing-library/react';
import { renderApp } from '../utils/render-app';

/**
 * The first render of a test file compiles the app's lazy modules (and the catalogue), which on
 * a busy machine takes longer than Testing Library's one-second wait. Do it once, unhurried.
 */
export async function warmUp(): Promise<void> {
  await import('../../src/features/preferences/routes/preferences-route');
  await import('../../src/features/preferences/routes/consent-history-route');
  await import('../../src/app/layout/signed-in-layout');
  renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 15_000 });
  cleanup();
}
