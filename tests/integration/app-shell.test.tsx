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

  it('folds the sections behind a Menu button that says where the customer is', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    const navigation = screen.getByRole('navigation', { name: 'Sections' });
    const menu = within(navigation).getByRole('button', { name: 'Menu' });
    expect(menu).toHaveTextContent('Overview');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).toBe(within(navigation).getByRole('list'));

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(navigation).getByRole('link', { name: 'Marketing preferences' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' })).toHaveFocus();
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveTextContent('Marketing preferences');
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
