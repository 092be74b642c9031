import { screen } from '@testing-library/react';
import { getDb } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { openProfile, stored } from '../../utils/profile-page';

// Starting an e-mail change under faults: the message says what the person can do about it,
// the new address stays typed, and one more press sends exactly one code.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /Something went wrong on our side/ },
  { fault: 'network', says: /cannot reach the server\. Check your internet connection/ },
  { fault: 'rate-limited', says: /Too many attempts in a short time\. Wait \d+ minutes? and try again/ },
];

describe('starting an e-mail change when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the address and sends one code on the next try', async ({ fault, says }) => {
    const { user } = await openProfile();
    const mailsBefore = getDb().mailbox.length;
    await user.type(screen.getByLabelText('New e-mail address'), 'anna.jauna@example.com');
    injectFault({ kind: fault, method: 'POST', path: '/me/email-change' });
    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(await screen.findByText(says)).toBeInTheDocument();
    expect(screen.getByLabelText('New e-mail address')).toHaveValue('anna.jauna@example.com');
    expect(getDb().mailbox).toHaveLength(mailsBefore);

    await user.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(await screen.findByText('Waiting for confirmation')).toBeInTheDocument();
    expect(getDb().mailbox).toHaveLength(mailsBefore + 1);
    expect(stored().pendingEmail?.email).toBe('anna.jauna@example.com');
  });
});
