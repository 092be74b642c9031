import { screen, within } from '@testing-library/react';
import { injectFault } from '../../mocks/faults';
import { renderApp, renderSignedIn } from '../utils/render-app';

describe('the app shell', () => {
  it('brands the signed-in layout and offers a skip link, navigation and a footer', async () => {
    await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent('hello@aptolux.com');
    expect(document.documentElement.style.getPropertyValue('--brand')).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('shows a 404 page with a way back', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found');
  });

  it('shows an error page with "try again" when the backend fails, and recovers', async () => {
    injectFault({ kind: 'server-error', method: 'GET', path: '/organization' });
    const { user } = renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('says when the backend cannot be reached at all', async () => {
    injectFault({ kind: 'network', method: 'GET', path: '/organization' });
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'You seem to be offline' })).toBeInTheDocument();
  });
});
