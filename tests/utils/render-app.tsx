import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { prepareApp } from '../../src/app/router';
import { createRoutes } from '../../src/app/routes';

export interface RenderOptions {
  /** Keep the app's own retry policy for reads (backoff on 5xx and network errors). */
  realRetries?: boolean;
}

/**
 * Renders the real route table at `path` in a memory router with a fresh QueryClient (reads do
 * not retry unless asked, so a failure shows at once) against the msw/node mock backend.
 */
export function renderApp(path = '/', options: RenderOptions = {}) {
  const queryClient = createQueryClient();
  if (!options.realRetries) queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } });
  prepareApp(queryClient);
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}

/** Signs in through the real sign-in page, as a person would, and waits for the overview. */
export async function renderSignedIn(email = 'anna@example.com', path = '/', options: RenderOptions = {}) {
  const app = renderApp(path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`, options);
  const { user } = app;
  // The first render of a file loads the lazy sign-in route cold; on a busy machine that can
  // take longer than Testing Library's default second.
  await user.type(await screen.findByLabelText(/e-mail|e-pasta adrese/i, {}, { timeout: 10_000 }), email);
  await user.type(screen.getByLabelText(/^password$|^parole$/i), 'privacy-demo');
  await user.click(screen.getByRole('button', { name: /^sign in$|^pieslēgties$/i }));
  return app;
}
