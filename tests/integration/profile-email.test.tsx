import { screen, waitFor, within } from '@testing-library/react';
import { advanceClock } from '../../mocks/clock';
import { getDb } from '../../mocks/db';
import { openProfile, stored } from '../utils/profile-page';

type User = Awaited<ReturnType<typeof openProfile>>['user'];

function lastCode(): string {
  const code = getDb().mailbox.at(-1)?.code;
  if (!code) throw new Error('no e-mail with a code was sent');
  return code;
}

/** Enters the new address; signing in counts as a password check for 5 minutes. */
async function startChange(user: User, email: string) {
  await user.type(screen.getByLabelText('New e-mail address'), email);
  await user.click(screen.getByRole('button', { name: 'Send the code' }));
  expect(await screen.findByText('Waiting for confirmation')).toBeInTheDocument();
}

/** Later than that the server asks for the password (403 reauth_required) and the step continues. */
async function startChangeWithPassword(user: User, email: string) {
  advanceClock(6 * 60_000);
  await user.type(screen.getByLabelText('New e-mail address'), email);
  await user.click(screen.getByRole('button', { name: 'Send the code' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
  await user.type(within(dialog).getByLabelText('Password'), 'wrong-password');
  await user.click(within(dialog).getByRole('button', { name: 'Confirm and continue' }));
  expect(await within(dialog).findByText('That password is not right. Check it and try again.')).toBeInTheDocument();
  await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
  await user.click(within(dialog).getByRole('button', { name: 'Confirm and continue' }));
  expect(await screen.findByText('Waiting for confirmation')).toBeInTheDocument();
}

describe('changing the e-mail address', () => {
  it('asks for the password, sends a code, shows the pending change and confirms it', async () => {
    const { user } = await openProfile();
    await startChangeWithPassword(user, 'anna.new@example.com');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(/Enter the code we sent to anna\.new@example\.com\. Until then you keep signing in with anna@example\.com\./)).toBeInTheDocument();
    // Until confirmed, the old address stays in use.
    expect(stored().email).toBe('anna@example.com');

    await user.type(screen.getByLabelText('6-digit code'), lastCode());
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Your e-mail address is now anna.new@example.com.')).toBeInTheDocument();
    expect(stored('anna.new@example.com').pendingEmail).toBeNull();
    // The message comes with the answer; the pending notice goes with the profile's refetch.
    await waitFor(() => expect(screen.queryByText('Waiting for confirmation')).not.toBeInTheDocument());
  });

  it('says when the code is wrong', async () => {
    const { user } = await openProfile();
    await startChange(user, 'anna.new@example.com');
    const wrong = lastCode() === '000000' ? '111111' : '000000';
    await user.type(screen.getByLabelText('6-digit code'), wrong);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('This code is not right. Check it and try again.')).toBeInTheDocument();
    expect(stored().email).toBe('anna@example.com');
  });

  it('after five wrong codes says the change was stopped, at the address field that starts it again', async () => {
    const { user } = await openProfile();
    await startChange(user, 'anna.new@example.com');
    const wrong = lastCode() === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await user.clear(screen.getByLabelText('6-digit code'));
      await user.type(screen.getByLabelText('6-digit code'), wrong);
      await user.click(screen.getByRole('button', { name: 'Confirm' }));
      await screen.findByText('This code is not right. Check it and try again.');
    }
    await user.clear(screen.getByLabelText('6-digit code'));
    await user.type(screen.getByLabelText('6-digit code'), wrong);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const field = await screen.findByLabelText('New e-mail address');
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(/Too many wrong codes, so this change was stopped\. Enter the new address again to get a new code\./),
    );
    expect(stored().pendingEmail).toBeNull();
    expect(stored().email).toBe('anna@example.com');
  });

  it('says when the code has expired, and a new code works', async () => {
    const { user } = await openProfile();
    await startChange(user, 'anna.new@example.com');
    const expired = lastCode();
    advanceClock(16 * 60_000);
    await user.type(screen.getByLabelText('6-digit code'), expired);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('This code has expired. Send a new code and enter that one.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    // More than 5 minutes have passed: the password is asked again.
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm and continue' }));
    expect(await screen.findByText('We sent a code to anna.new@example.com.')).toBeInTheDocument();
    const code = screen.getByLabelText('6-digit code');
    await user.clear(code);
    await user.type(code, lastCode());
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Your e-mail address is now anna.new@example.com.')).toBeInTheDocument();
  });

  it('can cancel a pending change, and checks the address before sending', async () => {
    const { user } = await openProfile();
    await user.type(screen.getByLabelText('New e-mail address'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(screen.getByLabelText('New e-mail address')).toHaveAccessibleDescription(/^Enter an e-mail address like name@example.com\./);
    await user.clear(screen.getByLabelText('New e-mail address'));
    await startChange(user, 'anna.new@example.com');
    await user.click(screen.getByRole('button', { name: 'Cancel the change' }));
    expect(await screen.findByText('The change is cancelled. Your e-mail address stays as it was.')).toBeInTheDocument();
    // The form for a new address comes back with the profile's refetch, maybe a render later.
    expect(await screen.findByLabelText('New e-mail address')).toBeInTheDocument();
    expect(stored()).toMatchObject({ email: 'anna@example.com', pendingEmail: null });
  });
});
