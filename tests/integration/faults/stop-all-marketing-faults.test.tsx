import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail } from '../../../mocks/db';
import { injectFault, type FaultKind } from '../../../mocks/faults';
import { renderSignedIn } from '../../utils/render-app';
import { savedPreferences } from '../../utils/saved-preferences';
import { warmUp } from '../preferences-warm-up';

// "Stop all marketing" under every fault: the page says what happened and what to do, the
// switches are back as the server has them, and the next press stops everything once.
const failures: { fault: FaultKind; says: RegExp }[] = [
  { fault: 'server-error', says: /^Something went wrong on our side: your choices are set back.*Please try again in a moment\.$/ },
  { fault: 'unavailable', says: /^Something went wrong on our side: your choices are set back.*Please try again in a moment\.$/ },
  { fault: 'network', says: /^You seem to be offline: your choices are set back.*Check your connection and try again\.$/ },
  { fault: 'rate-limited', says: /^Too many changes in a short time: your choices are set back.*Wait 1 minute and try again\.$/ },
];

const customer = () => findCustomerByEmail('anna@example.com');
const objections = () => (customer()?.consents ?? []).filter((change) => JSON.stringify(change).includes('objection')).length;
const preferenceChanges = () => (customer()?.activity ?? []).filter((event) => event.type === 'preferences_changed').length;
const stopAll = () => screen.getByRole('button', { name: 'Stop all marketing' });

async function openPreferences() {
  const app = await renderSignedIn('anna@example.com', '/preferences');
  await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
  return app;
}

beforeAll(warmUp, 20_000);

describe('stopping all marketing when something fails', () => {
  it.each(failures)('after $fault it explains, puts the choices back and the next press stops all once', async ({ fault, says }) => {
    const { user, queryClient } = await openPreferences();
    const before = { objections: objections(), changes: preferenceChanges() };
    injectFault({ kind: fault, method: 'POST', path: '/me/preferences/stop-all' });
    await user.click(stopAll());
    expect(await screen.findByText(says)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('switch', { name: 'E-mail' })).toBeChecked());
    expect(stopAll()).toBeEnabled();
    expect(savedPreferences().objection).toBe(false);
    expect(savedPreferences().channels.email).toBe(true);

    await user.click(stopAll());
    expect(await screen.findByText(/All marketing is stopped\./)).toBeInTheDocument();
    expect(screen.queryByText(says)).not.toBeInTheDocument();
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(savedPreferences()).toMatchObject({ objection: true, channels: { email: false }, topics: { newsletter: false } });
    expect(objections()).toBe(before.objections + 1);
    expect(preferenceChanges()).toBe(before.changes + 1);
  });

  it('when the answer is lost, the page shows what the server did and a second press changes nothing more', async () => {
    const { user, queryClient } = await openPreferences();
    const before = { objections: objections(), changes: preferenceChanges() };
    injectFault({ kind: 'lost-answer', method: 'POST', path: '/me/preferences/stop-all' });
    await user.click(stopAll());
    // The failure may flash up until the page has read the server again; what stays is the truth.
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    // Read again from the server: everything is off and the objection is on record.
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(screen.getByText(/You have objected to direct marketing/)).toBeInTheDocument();
    // …and no longer claims the choices were set back.
    expect(screen.queryByText(/your choices are set back/)).not.toBeInTheDocument();

    await user.click(stopAll());
    expect(await screen.findByText(/All marketing is stopped\./)).toBeInTheDocument();
    expect(savedPreferences().objection).toBe(true);
    expect(objections()).toBe(before.objections + 1);
    expect(preferenceChanges()).toBe(before.changes + 1);
  });

  it('when the session ends on the way, signing in again in place stops all marketing once', async () => {
    const { user, queryClient } = await openPreferences();
    const before = { objections: objections(), changes: preferenceChanges() };
    injectFault({ kind: 'session-expired', method: 'POST', path: '/me/preferences/stop-all' });
    await user.click(stopAll());
    const reauth = await screen.findByRole('dialog', { name: 'Your session has ended' });
    await user.type(within(reauth).getByLabelText('Password'), 'privacy-demo');
    await user.click(within(reauth).getByRole('button', { name: 'Sign in and continue' }));
    expect(await screen.findByText(/All marketing is stopped\./)).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(objections()).toBe(before.objections + 1);
    expect(preferenceChanges()).toBe(before.changes + 1);
  });
});
