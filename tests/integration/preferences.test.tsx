import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { injectFault } from '../../mocks/faults';
import { seed } from '../../mocks/db';
import { renderApp, renderSignedIn } from '../utils/render-app';
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

/** Lets answers still on their way arrive (the page may update meanwhile). */
const settle = (ms = 100) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

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
    await settle(200);

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
    expect(switchNamed('Text messages (SMS)')).not.toBeChecked();
  });

  it('rolls back and says the person seems offline on a network error', async () => {
    const { user } = await openPreferences();
    injectFault({ kind: 'network', method: 'PATCH', path: '/me/preferences' });
    await user.click(switchNamed('Newsletter'));
    await waitFor(() => expect(screen.getByText(/You seem to be offline: “Newsletter” is set back/)).toBeInTheDocument());
    expect(switchNamed('Newsletter')).toBeChecked();
    await reopen();
    expect(switchNamed('Newsletter')).toBeChecked();
  });

  it('ends rapid toggling in the state the person left each switch in', async () => {
    const { user } = await openPreferences();
    injectFault({ kind: 'latency', ms: 300, times: Infinity, path: '/me/preferences' });
    for (let i = 0; i < 5; i += 1) await user.click(switchNamed('Text messages (SMS)'));
    for (let i = 0; i < 4; i += 1) await user.click(switchNamed('Post'));
    expect(switchNamed('Text messages (SMS)')).toBeChecked();
    expect(switchNamed('Post')).not.toBeChecked();
    // Clicks as answers arrive: a queued write must see the value the server just confirmed.
    for (let i = 0; i < 5; i += 1) {
      await user.click(switchNamed('Phone calls'));
      await settle(i % 2 === 0 ? 320 : 10);
    }
    expect(switchNamed('Phone calls')).toBeChecked();
    // Answers to the earlier writes arrive meanwhile; none of them may flip a switch back.
    await settle(2_000);
    expect(switchNamed('Text messages (SMS)')).toBeChecked();
    expect(switchNamed('Post')).not.toBeChecked();

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
    await settle(200);

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
    await settle(200);
    await reopen();
    for (const item of screen.getAllByRole('switch')) expect(item).not.toBeChecked();
    expect(screen.getByText(/You have objected to direct marketing/)).toBeInTheDocument();
  });

  describe('Global Privacy Control', () => {
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'globalPrivacyControl');
    });

    it('says the signal was detected and applies it to advertising and sharing', async () => {
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const { user } = await openPreferences();
      const notice = screen.getByRole('region', { name: 'Global Privacy Control detected' });
      await user.click(within(notice).getByRole('button', { name: 'Apply it: turn off personalised advertising and sharing' }));
      expect(await within(notice).findByText('Personalised advertising and sharing with partners are off.')).toBeInTheDocument();
      expect(switchNamed('Facebook')).not.toBeChecked();
      expect(switchNamed('Klaviyo')).not.toBeChecked();
      expect(switchNamed('E-mail')).toBeChecked();
      await settle(200);
      await reopen();
      expect(switchNamed('Facebook')).not.toBeChecked();
      expect(switchNamed('Newsletter')).toBeChecked();
    });

    it('is not mentioned when the browser does not send it', async () => {
      await openPreferences();
      expect(screen.queryByText(/Global Privacy Control/)).not.toBeInTheDocument();
    });
  });

  it('shows only what the photo lab offers, in Latvian', async () => {
    seed('fotolukss');
    const { user } = await openPreferences('janis@example.lv');
    expect(screen.getAllByRole('switch')).toHaveLength(4);
    expect(screen.getByRole('switch', { name: 'Darba laiki svētku dienās' })).toBeChecked();
    expect(screen.queryByRole('heading', { name: 'Personalizēta reklāma' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Datu kopīgošana ar mārketinga partneriem' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Īsziņas (SMS)' }));
    expect(screen.getByRole('switch', { name: 'Īsziņas (SMS)' })).toBeChecked();
  });
});
