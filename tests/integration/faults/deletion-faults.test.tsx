import { screen } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';

// The faults tests/integration/deletion.test.tsx does not show (it has the network error and a
// lost answer whose cookie change still applied): a failure on our side, a busy server, and an
// answer dropped before anything reached the browser. Each time the confirmation keeps what was
// typed and chosen, and one more press schedules exactly one deletion with that reason.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^Something went wrong on our side\. Try again in a moment: your account is deleted only once/ },
  { fault: 'unavailable', says: /^Something went wrong on our side\. Try again in a moment: your account is deleted only once/ },
  { fault: 'rate-limited', says: /wait 1 minute and try again\.$/ },
  { fault: 'lost-answer', says: /^We could not reach the server\. Check your connection and press the button again: your account is deleted only once/ },
];

const reasonText = 'Pārāk daudz vēstuļu 🙂';
const anna = () => findCustomerByEmail('anna@example.com');
const scheduled = () => anna()?.activity.filter((event) => event.type === 'deletion_scheduled').length ?? 0;

describe('deleting the account when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the form and the next press schedules one deletion', async ({ fault, says }) => {
    const { user } = await renderSignedIn('anna@example.com', '/delete-account');
    await screen.findByRole('heading', { level: 2, name: /^What happens/ }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'I understand, continue' }));
    await screen.findByRole('heading', { level: 2, name: /^Confirm/ });
    await user.click(screen.getByRole('radio', { name: 'Another reason' }));
    await user.type(screen.getByLabelText('Anything you want to tell us (optional)'), reasonText);
    await user.type(screen.getByLabelText('Password'), 'privacy-demo');
    await user.type(screen.getByLabelText(/E-mail address of your account/), 'anna@example.com');
    injectFault({ kind: fault, method: 'POST', path: '/me/deletion' });
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(says);
    expect(screen.getByLabelText('Password')).toHaveValue('privacy-demo');
    expect(screen.getByLabelText(/E-mail address of your account/)).toHaveValue('anna@example.com');
    expect(screen.getByRole('radio', { name: 'Another reason' })).toBeChecked();
    expect(screen.getByLabelText('Anything you want to tell us (optional)')).toHaveValue(reasonText);
    expect(screen.getByRole('button', { name: 'Delete my account' })).toBeEnabled();
    expect(scheduled()).toBe(fault === 'lost-answer' ? 1 : 0);

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeInTheDocument();
    expect(scheduled()).toBe(1);
    expect(anna()?.deletion?.reason).toEqual({ choice: 'other', text: reasonText });
  });
});
