import { screen, within } from '@testing-library/react';
import { nowIso } from '../../mocks/clock';
import { injectFault } from '../../mocks/faults';
import { findSaved, openProfile, stored } from '../utils/profile-page';

async function editFirstName(user: Awaited<ReturnType<typeof openProfile>>['user'], value: string) {
  const first = screen.getByLabelText('First name');
  await user.clear(first);
  await user.type(first, value);
}

describe('profile saved elsewhere in the meantime (412)', () => {
  it('shows both versions and keeps what the person typed when they choose so', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    // Another device saves the same field while this form is open.
    const customer = stored();
    customer.firstName = 'Anne';
    customer.version += 1;
    customer.updatedAt = nowIso();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your data was changed elsewhere' });
    const field = within(dialog).getByRole('term').parentElement as HTMLElement;
    expect(field).toHaveTextContent('First name');
    expect(field).toHaveTextContent('Saved elsewhereAnne');
    expect(field).toHaveTextContent('What you enteredAnnija');
    expect(stored().firstName).toBe('Anne');

    await user.click(within(dialog).getByRole('button', { name: 'Keep what I entered' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stored().firstName).toBe('Annija');
    expect(screen.getByLabelText('First name')).toHaveValue('Annija');
  });

  it('takes the saved version into the form when the person chooses it', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    const phone = screen.getByLabelText('Phone number (optional)');
    await user.clear(phone);
    await user.type(phone, '+371 2999 9999');
    // As if another device had saved: the version moves on.
    injectFault({ kind: 'precondition-failed', method: 'PATCH', path: '/me/profile' });
    stored().phone = '+37128888888';
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your data was changed elsewhere' });
    expect(within(dialog).getAllByRole('term').map((term) => term.textContent)).toEqual(['First name', 'Phone number (optional)']);
    expect(dialog).toHaveTextContent('+37128888888');
    expect(dialog).toHaveTextContent('+371 2999 9999');
    await user.click(within(dialog).getByRole('button', { name: 'Use the saved version' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('The form now shows the version that was saved elsewhere.')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Anna');
    expect(screen.getByLabelText('Phone number (optional)')).toHaveValue('+37128888888');
    expect(stored()).toMatchObject({ firstName: 'Anna', phone: '+37128888888' });
    // The form is on the new version now: the next save goes through without a conflict.
    await editFirstName(user, 'Anita');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored()).toMatchObject({ firstName: 'Anita', phone: '+37128888888' });
  });
});

describe('session ended during the save (401)', () => {
  it('signs in again in place, then saves, with the edits intact', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    injectFault({ kind: 'session-expired', method: 'PATCH', path: '/me/profile' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    expect(screen.getByLabelText('First name', { selector: 'input' })).toHaveValue('Annija');
    await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in and continue' }));

    expect(await findSaved()).toBeInTheDocument();
    expect(stored().firstName).toBe('Annija');
    expect(screen.getByLabelText('First name')).toHaveValue('Annija');
  });

  it('saves without asking when the change elsewhere touched other fields, and keeps both', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    // Another device changes only the phone number.
    const customer = stored();
    customer.phone = '+37128888888';
    customer.version += 1;
    customer.updatedAt = nowIso();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes are saved, together with changes made elsewhere in the meantime.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stored()).toMatchObject({ firstName: 'Annija', phone: '+37128888888' });
    expect(screen.getByLabelText('First name')).toHaveValue('Annija');
    expect(screen.getByLabelText('Phone number (optional)')).toHaveValue('+37128888888');
  });

  it('an e-mail change started while editing is no conflict for the form', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    await user.type(screen.getByLabelText('New e-mail address'), 'anna.new@example.com');
    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(await screen.findByText('Waiting for confirmation')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/^Your changes are saved/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stored()).toMatchObject({ firstName: 'Annija', email: 'anna@example.com' });
    expect(stored().pendingEmail?.email).toBe('anna.new@example.com');
  });

  it('when the version keeps moving without a visible change, it asks after one more try instead of looping', async () => {
    const { user } = await openProfile();
    await editFirstName(user, 'Annija');
    injectFault({ kind: 'precondition-failed', method: 'PATCH', path: '/me/profile', times: Infinity });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('dialog', { name: 'Your data was changed elsewhere' })).toBeInTheDocument();
    expect(stored().firstName).toBe('Anna');
  });
});

