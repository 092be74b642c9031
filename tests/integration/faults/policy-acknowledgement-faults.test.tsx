import { screen, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';

// "I have read it" under faults: the notice stays with a message the person can act on, and the
// next press records the reading once — also when the first answer was lost on the way back.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^We could not record that\. Try again in a moment\.$/ },
  { fault: 'unavailable', says: /^We could not record that\. Try again in a moment\.$/ },
  { fault: 'network', says: /we cannot reach the server\. Check your internet connection/ },
  { fault: 'rate-limited', says: /Too many attempts in a short time\. Wait \d+ minutes? and try again/ },
  { fault: 'lost-answer', says: /we cannot reach the server/ },
];

const activity = () => findCustomerByEmail('anna@example.com')?.activity.filter((event) => event.type === 'policy_acknowledged') ?? [];

describe('acknowledging the policy when something fails', () => {
  it.each(failures)('after $fault it explains and the next press records it once', async ({ fault, says }) => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    const notice = screen.getByRole('region', { name: 'Privacy policy update' });
    injectFault({ kind: fault, method: 'POST', path: '/me/policy-acknowledgement' });
    await user.click(within(notice).getByRole('button', { name: 'I have read it' }));
    expect(await within(notice).findByRole('alert')).toHaveTextContent(says);

    await user.click(within(notice).getByRole('button', { name: 'I have read it' }));
    expect(await screen.findByText(/Thank you\. We have noted that you have read the privacy policy/)).toBeInTheDocument();
    expect(findCustomerByEmail('anna@example.com')?.policyAcknowledgedVersion).toBe('2026-10-01');
    expect(activity()).toHaveLength(1);
  });
});
