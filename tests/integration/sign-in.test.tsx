import { screen, waitFor, within } from '@testing-library/react';
import { injectFault } from '../../mocks/faults';
import { seed } from '../../mocks/db';
import { renderApp, renderSignedIn } from '../utils/render-app';

describe('signing in and out', () => {
  it('signs Anna in and lands on the overview, in English', async () => {
    await renderSignedIn('anna@example.com');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeInTheDocument();
    expect(screen.getByText('anna@example.com')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Overview – Aptolux');
  });

  it('says so when the password is wrong, keeps the e-mail and clears the password', async () => {
    const { user } = renderApp('/sign-in');
    const email = await screen.findByLabelText('E-mail address');
    await user.type(email, 'anna@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password is not right');
    expect(email).toHaveValue('anna@example.com');
    // The alert shows the mutation's error; the password is cleared by the page, maybe a render apart.
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveValue(''));
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('checks the fields before asking the server', async () => {
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail address')).toHaveFocus();
    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription('Enter your e-mail address.');
  });

  it('shows how long to wait when sign-in is rate limited', async () => {
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@example.com');
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await user.type(screen.getByLabelText('Password'), `wrong-${attempt}`);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('alert');
    }
    expect(screen.getByRole('alert')).toHaveTextContent(/Too many attempts\. For your security, wait \d+ minutes? before trying again\./);
  });

  it('explains a server failure without losing the e-mail', async () => {
    injectFault({ kind: 'server-error', method: 'POST', path: '/session' });
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-mail address'), 'anna@example.com');
    await user.type(screen.getByLabelText('Password'), 'privacy-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('problem on our side');
    expect(screen.getByLabelText('E-mail address')).toHaveValue('anna@example.com');
  });

  it('signs Jānis in to the photo lab in Latvian', async () => {
    seed('fotolukss');
    const { user } = renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pieslēgties' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-pasta adrese'), 'janis@example.lv');
    await user.type(screen.getByLabelText('Parole'), 'nepareiza');
    await user.click(screen.getByRole('button', { name: 'Pieslēgties' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('E-pasta adrese vai parole nav pareiza');
    await user.type(screen.getByLabelText('Parole'), 'privacy-demo');
    await user.click(screen.getByRole('button', { name: 'Pieslēgties' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('lv');
  });

  it('signs out, forgets the cached data and says so', async () => {
    const { user, queryClient } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    const cachedKeys = queryClient.getQueryCache().getAll().map((query) => query.queryKey[0]);
    expect(cachedKeys).not.toContain('profile');
    expect(queryClient.getQueryData(['session'])).toMatchObject({ authenticated: false, customer: null });
  });

  it('sends a visitor to sign-in first, then on to the page they asked for', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('switches the sign-in page to Latvian', async () => {
    const { user } = renderApp('/sign-in');
    const languages = await screen.findByRole('group', { name: 'Language' });
    await user.click(within(languages).getByRole('button', { name: 'Latviešu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pieslēgties' })).toBeInTheDocument();
    expect(within(languages).getByRole('button', { name: 'Latviešu' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(document.documentElement.lang).toBe('lv'));
  });
});
