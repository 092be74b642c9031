import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderApp, renderSignedIn } from '../../utils/render-app';

// Sending a rights request under every fault: the form says what happened and what to do, keeps
// the chosen kind and the text, and one more press files exactly one request.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^We could not send your request because of a problem on our side\. Your text is still here: try again in a moment\.$/ },
  { fault: 'unavailable', says: /^We could not send your request because of a problem on our side\. Your text is still here: try again in a moment\.$/ },
  { fault: 'network', says: /^We cannot reach the server\. Check your internet connection and send again: your text is still here\.$/ },
  { fault: 'rate-limited', says: /^You have sent several requests in a short time\. Wait 1 minute, then send again: your text is still here\.$/ },
  { fault: 'lost-answer', says: /^We cannot reach the server\. Check your internet connection and send again: your text is still here\.$/ },
];

const text = 'Mans uzvārds ir Bērziņa 🙂, ne Berzina.';
const form = () => screen.getByRole('region', { name: 'Make a request' });
const filed = () => (findCustomerByEmail('anna@example.com')?.requests ?? []).filter((request) => request.message === text);

beforeAll(async () => {
  await import('../../../src/features/requests/routes/requests-route');
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
  unmount();
}, 30_000);

describe('sending a rights request when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the text and the next press files it once', async ({ fault, says }) => {
    const { user, queryClient } = await renderSignedIn('anna@example.com', '/requests');
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    await user.click(within(form()).getByRole('radio', { name: /^Correct data I cannot change here/ }));
    await user.type(within(form()).getByLabelText('Your message'), text);
    injectFault({ kind: fault, method: 'POST', path: '/me/requests' });
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent(says);
    expect(within(form()).getByLabelText('Your message')).toHaveValue(text);
    expect(within(form()).getByRole('radio', { name: /^Correct data I cannot change here/ })).toBeChecked();
    expect(within(form()).getByRole('button', { name: 'Send request' })).toBeEnabled();
    expect(filed()).toHaveLength(fault === 'lost-answer' ? 1 : 0);

    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    expect(await within(form()).findByRole('status')).toHaveTextContent(/^Request sent\./);
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(filed()).toHaveLength(1);
    expect(filed()[0]).toMatchObject({ type: 'rectification' });
    expect(within(screen.getByRole('region', { name: 'Your requests' })).getAllByText(text)).toHaveLength(1);
  });

  it('when the session ends on the way, signing in again in place sends the kept text once', async () => {
    const { user, queryClient } = await renderSignedIn('anna@example.com', '/requests');
    await screen.findByRole('heading', { level: 1, name: 'My other rights' });
    await user.click(within(form()).getByRole('radio', { name: /^Correct data I cannot change here/ }));
    await user.type(within(form()).getByLabelText('Your message'), text);
    injectFault({ kind: 'session-expired', method: 'POST', path: '/me/requests' });
    await user.click(within(form()).getByRole('button', { name: 'Send request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(dialog).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in and continue' }));
    expect(await within(form()).findByRole('status')).toHaveTextContent(/^Request sent\./);
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(filed()).toHaveLength(1);
  });
});
