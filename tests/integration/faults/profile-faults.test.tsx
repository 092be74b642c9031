import { screen } from '@testing-library/react';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { findSaved, openProfile, stored } from '../../utils/profile-page';

// Saving the profile under every fault the network or the server can throw at it: the person
// reads what happened, keeps what they typed, and one more press of "Save changes" finishes it.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /problem on our side/ },
  { fault: 'unavailable', says: /problem on our side/ },
  { fault: 'network', says: /could not reach the server.*check your connection/i },
  { fault: 'rate-limited', says: /Too many saves.*wait \d+ minutes? and try again/ },
];

describe('saving the profile when something fails', () => {
  it.each(failures)('after $fault it says so, keeps the typing and saves on the next try', async ({ fault, says }) => {
    const { user } = await openProfile();
    const first = screen.getByLabelText('First name');
    await user.clear(first);
    await user.type(first, 'Ģirts 🙂');
    injectFault({ kind: fault, method: 'PATCH', path: '/me/profile' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(says);
    expect(screen.getByLabelText('First name')).toHaveValue('Ģirts 🙂');
    expect(stored().firstName).toBe('Anna');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(stored().firstName).toBe('Ģirts 🙂');
  });

  it('when the answer is lost on the way back, the next try does not call the own change a conflict', async () => {
    const { user } = await openProfile();
    const first = screen.getByLabelText('First name');
    await user.clear(first);
    await user.type(first, 'Ģirts');
    injectFault({ kind: 'lost-answer', method: 'PATCH', path: '/me/profile' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the server/);
    expect(screen.getByLabelText('First name')).toHaveValue('Ģirts');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await findSaved()).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Your data was changed elsewhere' })).not.toBeInTheDocument();
    expect(stored().firstName).toBe('Ģirts');
  });
});
