import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail, seed } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';
import { savedPreferences } from '../../utils/saved-preferences';
import { warmUp } from '../preferences-warm-up';

// One switch under every fault: the page says what happened and what the person can do, the
// switch shows what the server has, and one more press leaves exactly one recorded change.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^Something went wrong on our side: .*Please try again in a moment\.$/ },
  { fault: 'unavailable', says: /^Something went wrong on our side: .*Please try again in a moment\.$/ },
  { fault: 'network', says: /^You seem to be offline: .*Check your connection and try again\.$/ },
  { fault: 'rate-limited', says: /^Too many changes in a short time: .*Wait 1 minute and try again\.$/ },
];

const sms = () => screen.getByRole('switch', { name: 'Text messages (SMS)' });
const smsChanges = () => (findCustomerByEmail('anna@example.com')?.consents ?? []).filter((change) => JSON.stringify(change).includes('sms'));

async function openPreferences() {
  const app = await renderSignedIn('anna@example.com', '/preferences');
  await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
  return app;
}

beforeAll(warmUp, 20_000);

describe('turning one switch when something fails', () => {
  it.each(failures)('after $fault it explains, sets the switch back, and the next press saves it once', async ({ fault, says }) => {
    const { user, queryClient } = await openPreferences();
    const before = smsChanges().length;
    injectFault({ kind: fault, method: 'PATCH', path: '/me/preferences' });
    await user.click(sms());
    expect(await screen.findByText(says)).toBeInTheDocument();
    await waitFor(() => expect(sms()).not.toBeChecked());
    expect(savedPreferences().channels.sms).toBe(false);
    expect(smsChanges()).toHaveLength(before);

    await user.click(sms());
    await waitFor(() => expect(savedPreferences().channels.sms).toBe(true));
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    expect(sms()).toBeChecked();
    expect(smsChanges()).toHaveLength(before + 1);
  });

  it('when the answer is lost, the switch ends as the server saved it, with one change and no false "set back"', async () => {
    const { user, queryClient } = await openPreferences();
    const before = smsChanges().length;
    injectFault({ kind: 'lost-answer', method: 'PATCH', path: '/me/preferences' });
    await user.click(sms());
    // The failure may flash up until the page has read the server again; what stays is the truth.
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    // The page read the server again: the choice did land, and the switch says so.
    expect(sms()).toBeChecked();
    // …and no longer claims it was set back.
    expect(screen.queryByText(/is set back to how it was/)).not.toBeInTheDocument();
    expect(savedPreferences().channels.sms).toBe(true);
    expect(smsChanges()).toHaveLength(before + 1);
  });

  it('when the session ends on the way, signing in again in place saves the switch once', async () => {
    const { user, queryClient } = await openPreferences();
    const before = smsChanges().length;
    injectFault({ kind: 'session-expired', method: 'PATCH', path: '/me/preferences' });
    await user.click(sms());
    const reauth = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(reauth).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(reauth).getByRole('button', { name: 'Sign in and continue' }));
    await waitFor(() => expect(savedPreferences().channels.sms).toBe(true));
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    expect(sms()).toBeChecked();
    expect(smsChanges()).toHaveLength(before + 1);
  });

  it('tells Jānis in Latvian how many minutes to wait when the server is busy', async () => {
    seed('fotolukss');
    const { user } = await renderSignedIn('janis@example.lv', '/preferences');
    await screen.findByRole('heading', { level: 1, name: /Mārketinga izvēles/ });
    injectFault({ kind: 'rate-limited', method: 'PATCH', path: '/me/preferences' });
    await user.click(screen.getByRole('switch', { name: 'Īsziņas (SMS)' }));
    expect(
      await screen.findByText('Pārāk daudz izmaiņu īsā laikā: iestatījums “Īsziņas (SMS)” ir atjaunots iepriekšējā stāvoklī. Pagaidiet 1 minūti un mēģiniet vēlreiz.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Īsziņas (SMS)' })).not.toBeChecked());
  });
});
