import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { idleLimitMs, idleWarningMs } from '../../src/app/session/idle-timing';
import { renderSignedIn } from '../utils/render-app';

async function signOutAndIn(user: Awaited<ReturnType<typeof renderSignedIn>>['user'], signOutName: RegExp) {
  await user.click(screen.getByRole('button', { name: signOutName }));
  await user.type(await screen.findByLabelText(/E-mail address|E-pasta adrese/), 'anna@example.com');
  await user.type(screen.getByLabelText(/^Password$|^Parole$/), 'privacy-demo');
  await user.click(screen.getByRole('button', { name: /^Sign in$|^Pieslēgties$/ }));
}

describe('session expiry in the middle of a page', () => {
  it('asks to sign in again in place, then finishes the interrupted save', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    // The session ends on the server just as the language choice is being saved.
    injectFault({ kind: 'session-expired', method: 'PATCH', path: '/me/profile' });
    await user.click(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'Latviešu' }));

    const dialog = await screen.findByRole('dialog', { name: 'Jūsu sesija ir beigusies' });
    expect(within(dialog).getByLabelText('E-pasta adrese')).toHaveValue('anna@example.com');
    // The page underneath is still there.
    expect(screen.getByRole('heading', { level: 1, name: 'Sveiki, Anna!', hidden: true })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Parole'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Pieslēgties un turpināt' }));
    // The dialog closes once the sign-in is answered.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // The interrupted save is sent again after the sign-in; signing out before it has arrived
    // would race it.
    await waitFor(() => expect(findCustomerByEmail('anna@example.com')?.language).toBe('lv'));
    // The retried save went through: a fresh sign-in opens in Latvian without choosing again.
    await signOutAndIn(user, /^Iziet$/);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeInTheDocument();
  });

  it('lets the person sign out instead', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    injectFault({ kind: 'session-expired', method: 'PATCH', path: '/me/profile' });
    await user.click(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'Latviešu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jūsu sesija ir beigusies' });
    await user.click(within(dialog).getByRole('button', { name: 'Tā vietā iziet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pieslēgties' })).toBeInTheDocument();
  });
});

describe('idle sign-out', () => {
  it('warns a minute before, lets the person stay, then signs out after 15 quiet minutes', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    // Only the clock is fake: the portal's real once-a-second check then sees the time jump.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + idleLimitMs - idleWarningMs + 2_000);
      const warning = await screen.findByRole('dialog', { name: 'Are you still there?' }, { timeout: 6_000 });
      expect(warning).toHaveTextContent(/signed out in \d+ seconds/);
      await user.click(within(warning).getByRole('button', { name: 'Stay signed in' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      vi.setSystemTime(Date.now() + idleLimitMs + 2_000);
      expect(await screen.findByText(/signed out after 15 minutes without activity/, {}, { timeout: 6_000 })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
