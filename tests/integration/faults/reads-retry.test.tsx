import { screen, within } from '@testing-library/react';
import { injectFault } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';

// Reads are safe to ask again: a page whose first answers fail (a server hiccup, a dropped
// connection) appears on its own a moment later, without the person doing anything. A 4xx
// would not change by asking again, so it is shown at once.
describe('reading a page when the first answers fail', () => {
  it('retries a server error and a dropped connection with backoff, then shows the page', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/', { realRetries: true });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    injectFault({ kind: 'server-error', method: 'GET', path: '/me/preferences', times: 1 });
    injectFault({ kind: 'network', method: 'GET', path: '/me/preferences', times: 1 });
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Marketing preferences' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });

  it('does not ask again after a 4xx: the error page shows at once', async () => {
    const { user } = await renderSignedIn('anna@example.com', '/', { realRetries: true });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    injectFault({ kind: 'rate-limited', method: 'GET', path: '/me/preferences', times: 1 });
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Marketing preferences' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }, { timeout: 1_500 })).toBeInTheDocument();
  });
});
