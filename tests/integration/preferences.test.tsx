import type { QueryClient } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { holdRequest, injectFault } from '../../mocks/faults';
import { seed } from '../../mocks/db';
import { renderApp, renderSignedIn } from '../utils/render-app';
import { savedPreferences } from '../utils/saved-preferences';
import { warmUp } from './preferences-warm-up';

const switchNamed = (name: string) => screen.getByRole('switch', { name });

async function openPreferences(email = 'anna@example.com') {
  const app = await renderSignedIn(email, '/preferences');
  await screen.findByRole('heading', { level: 1, name: /Marketing preferences|Mārketinga izvēles/ });
  return app;
}

/** A fresh app and sign-in: what a reload shows, straight from the backend. */
async function reopen() {
  cleanup();
  const app = renderApp('/preferences');
  await screen.findByRole('heading', { level: 1, name: /Marketing preferences|Mārketinga izvēles/ });
  return app;
}

/** Every write answered and the page's own refetch done: nothing left that could move a switch. */
const allAnswered = (queryClient: QueryClient) => waitFor(() => expect(queryClient.isMutating() + queryClient.isFetching()).toBe(0));

beforeAll(warmUp, 20_000);

describe('marketing preferences', () => {
  it('shows every kind of choice with what it means and who receives the data', async () => {
    await openPreferences();
    expect(switchNamed('E-mail')).toHaveAccessibleDescription('News and offers by e-mail');
    expect(switchNamed('Newsletter')).toBeChecked();
    expect(switchNamed('Surveys')).not.toBeChecked();
    expect(switchNamed('Facebook')).toHaveAccessibleDescription(/Personalised ads on Facebook.*Who receives your data: /);
    expect(switchNamed('Klaviyo')).toHaveAccessibleDescription(/Who receives your data: Klaviyo, Inc\. \(United States\)/);
    expect(screen.getByRole('link', { name: 'History of your choices' })).toBeInTheDocument();
  });

  it('saves a channel, a topic, an advertising partner and a sharing partner at once', async () => {
    const { user } = await openPreferences();
    await user.click(switchNamed('E-mail'));
    expect(switchNamed('E-mail')).not.toBeChecked();
    await user.click(switchNamed('Surveys'));
    await user.click(switchNamed('Google'));
    await user.click(switchNamed('Klaviyo'));
    expect(switchNamed('Surveys')).toBeChecked();
    expect(switchNamed('Google')).toBeChecked();
    expect(switchNamed('Klaviyo')).not.toBeChecked();
    // Four saves on their way: read the backend again only once all have landed.
    await waitFor(() =>
      expect(savedPreferences()).toMatchObject({ channels: { email: false }, topics: { surveys: true }, advertising: { google: true }, sharing: { klaviyo: false } }),
    );

    await reopen();
    expect(switchNamed('E-mail')).not.toBeChecked();
    expect(switchNamed('Surveys')).toBeChecked();
    expect(switchNamed('Google')).toBeChecked();
    expect(switchNamed('Klaviyo')).not.toBeChecked();
    expect(switchNamed('Newsletter')).toBeChecked();
  });

  it('rolls back and says why when the server fails', async () => {
    const { user } = await openPreferences();
    injectFault({ kind: 'server-error', method: 'PATCH', path: '/me/preferences' });
    await user.click(switchNamed('Text messages (SMS)'));
    expect(
      await screen.findByText('Something went wrong on our side: “Text messages (SMS)” is set back to how it was. Please try again in a moment.'),
    ).toBeInTheDocument();
    // The message and the rollback come from the same answer but may render a tick apart.
    await waitFor(() => expect(switchNamed('Text messages (SMS)')).not.toBeChecked());
  });

  it('rolls back and says the person seems offline on a network error', async () => {
    const { user } = await openPreferences();
    injectFault({ kind: 'network', method: 'PATCH', path: '/me/preferences' });
    await user.click(switchNamed('Newsletter'));
    expect(await screen.findByText(/You seem to be offline: “Newsletter” is set back/)).toBeInTheDocument();
    await waitFor(() => expect(switchNamed('Newsletter')).toBeChecked());
    await reopen();
    expect(switchNamed('Newsletter')).toBeChecked();
  });

  it('ends rapid toggling where the person left each switch, whatever order the answers come in', async () => {
    const { user, queryClient } = await openPreferences();
    // The first save of "Post" is held until the later clicks are done, so its answer (on) is the
    // last to arrive: unless each switch's writes go out one after another, the old value wins.
    const firstPost = holdRequest({ method: 'PATCH', path: '/me/preferences' });
    for (let i = 0; i < 4; i += 1) await user.click(switchNamed('Post'));
    await firstPost.arrived;
    // Another switch is toggled meanwhile, its saves not held.
    for (let i = 0; i < 5; i += 1) await user.click(switchNamed('Text messages (SMS)'));
    expect(switchNamed('Post')).not.toBeChecked();
    expect(switchNamed('Text messages (SMS)')).toBeChecked();
    firstPost.release();
    await allAnswered(queryClient);
    // No late answer flipped a switch back.
    expect(switchNamed('Post')).not.toBeChecked();
    expect(switchNamed('Text messages (SMS)')).toBeChecked();

    // Clicks as answers arrive: a queued write must see the value the server has just confirmed.
    const firstPhone = holdRequest({ method: 'PATCH', path: '/me/preferences' });
    await user.click(switchNamed('Phone calls'));
    await firstPhone.arrived;
    const secondPhone = holdRequest({ method: 'PATCH', path: '/me/preferences' });
    await user.click(switchNamed('Phone calls'));
    firstPhone.release();
    // "On" is confirmed and "off" is on its way when the person turns it on again.
    await secondPhone.arrived;
    await user.click(switchNamed('Phone calls'));
    secondPhone.release();
    await allAnswered(queryClient);
    expect(switchNamed('Phone calls')).toBeChecked();

    await reopen();
    expect(switchNamed('Text messages (SMS)')).toBeChecked();
    expect(switchNamed('Post')).not.toBeChecked();
    expect(switchNamed('Phone calls')).toBeChecked();
  });

  it('stops all marketing in one step, records the objection and can undo it', async () => {
    const { user } = await openPreferences();
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    expect(await screen.findByText(/All marketing is stopped\. 4 choices were turned off\./)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(screen.getByText(/You have objected to direct marketing/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: your earlier choices are back.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop all marketing' })).toHaveFocus();
    expect(switchNamed('E-mail')).toBeChecked();
    expect(switchNamed('Facebook')).toBeChecked();
    expect(screen.queryByText(/You have objected to direct marketing/)).not.toBeInTheDocument();
    await waitFor(() => expect(savedPreferences()).toMatchObject({ channels: { email: true }, objection: false }));

    await reopen();
    expect(switchNamed('E-mail')).toBeChecked();
    expect(switchNamed('Newsletter')).toBeChecked();
    expect(switchNamed('Klaviyo')).toBeChecked();
    expect(switchNamed('Pipedrive')).not.toBeChecked();
  });

  it('keeps "stop all" stopped after a reload', async () => {
    const { user } = await openPreferences();
    await user.click(screen.getByRole('button', { name: 'Stop all marketing' }));
    await screen.findByText(/All marketing is stopped/);
    await waitFor(() => expect(savedPreferences().objection).toBe(true));
    await reopen();
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(screen.getByText(/You have objected to direct marketing/)).toBeInTheDocument();
  });

  it('shows only what the photo lab offers, in Latvian', async () => {
    seed('fotolukss');
    const { user } = await openPreferences('janis@example.lv');
    expect(screen.getAllByRole('switch')).toHaveLength(4);
    expect(screen.getByRole('switch', { name: 'Darba laiki svētku dienās' })).toBeChecked();
    expect(screen.queryByRole('heading', { name: 'Personalizēta reklāma' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Datu nodošana mārketinga partneriem' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Īsziņas (SMS)' }));
    expect(screen.getByRole('switch', { name: 'Īsziņas (SMS)' })).toBeChecked();
  });
});
