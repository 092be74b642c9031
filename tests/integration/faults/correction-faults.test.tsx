import { screen, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderApp, renderSignedIn } from '../../utils/render-app';

// A correction asked for on "Your data" under every fault: the dialog says what happened and
// what to do, keeps the text, and one more press files exactly one correction request.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^We could not send your request because of a problem on our side\. Your text is still here: try again in a moment\.$/ },
  { fault: 'unavailable', says: /^We could not send your request because of a problem on our side\. Your text is still here: try again in a moment\.$/ },
  { fault: 'network', says: /^We could not reach the server, so your request is not sent yet\. Your text is still here: check your connection and try again\.$/ },
  { fault: 'rate-limited', says: /^You have sent several requests in a short time\. Your text is still here: wait 1 minute and try again\.$/ },
  { fault: 'lost-answer', says: /^We could not reach the server, so your request is not sent yet\./ },
];

const text = 'Dzīvoklis 15, ne 14 🙂';
const filed = () => (findCustomerByEmail('anna@example.com')?.requests ?? []).filter((request) => request.message === text);

beforeAll(async () => {
  await import('../../../src/features/my-data/routes/category-route');
  const { unmount } = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
  unmount();
}, 30_000);

/** Anna opens the first order's address correction on "Your data" and writes what it should say. */
async function openCorrectionWithText() {
  const { user } = await renderSignedIn('anna@example.com', '/data/orders');
  await screen.findByRole('heading', { level: 1, name: 'Orders and purchase history' });
  await user.click(screen.getAllByText(/^Details of order /)[0] as HTMLElement);
  await user.click(screen.getAllByRole('button', { name: 'Request a correction of this address' })[0] as HTMLElement);
  const dialog = await screen.findByRole('dialog', { name: 'Request a correction' });
  await user.type(within(dialog).getByLabelText('What should it say?'), text);
  return { user, dialog };
}

describe('asking for a correction on "Your data" when something fails', () => {
  it.each(failures)('after $fault it explains, keeps the text and the next press files it once', async ({ fault, says }) => {
    const { user, dialog } = await openCorrectionWithText();
    injectFault({ kind: fault, method: 'POST', path: '/me/requests' });
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(says);
    expect(within(dialog).getByLabelText('What should it say?')).toHaveValue(text);
    expect(within(dialog).getByRole('button', { name: 'Send request' })).toBeEnabled();
    expect(filed()).toHaveLength(fault === 'lost-answer' ? 1 : 0);

    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await within(dialog).findByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeInTheDocument();
    expect(filed()).toHaveLength(1);
    expect(filed()[0]).toMatchObject({ type: 'rectification', subject: { categoryId: 'orders', field: 'shippingAddress' } });
  });

  it('when the session ends on the way, signing in again in place files the kept text once', async () => {
    const { user, dialog } = await openCorrectionWithText();
    injectFault({ kind: 'session-expired', method: 'POST', path: '/me/requests' });
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    const reauth = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(reauth).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(reauth).getByRole('button', { name: 'Sign in and continue' }));
    expect(await screen.findByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeInTheDocument();
    expect(filed()).toHaveLength(1);
  });
});
