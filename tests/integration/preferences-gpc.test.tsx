import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { seed } from '../../mocks/db';
import { becomeGpcBrowser } from '../utils/gpc-browser';
import { renderApp, renderSignedIn } from '../utils/render-app';
import { savedPreferences } from '../utils/saved-preferences';
import { warmUp } from './preferences-warm-up';

const switchNamed = (name: string) => screen.getByRole('switch', { name });

async function openPreferences(email = 'anna@example.com') {
  const app = await renderSignedIn(email, '/preferences');
  await screen.findByRole('heading', { level: 1, name: /Marketing preferences|Mārketinga izvēles/ });
  return app;
}

beforeAll(warmUp, 20_000);

describe('Global Privacy Control on the preferences page', () => {
  let leave: (() => void) | null = null;
  afterEach(() => {
    leave?.();
    leave = null;
  });

  it('finds advertising and sharing already off, without a click, and says the signal was honoured', async () => {
    leave = becomeGpcBrowser();
    const { user } = await openPreferences();
    const notice = screen.getByRole('region', { name: 'Global Privacy Control honoured' });
    expect(notice).toHaveTextContent('Your browser sends the Global Privacy Control signal');
    expect(notice).toHaveTextContent('So we have turned off personalised advertising and sharing with marketing partners for you.');
    expect(notice).toHaveTextContent(/Honoured: /);
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
    expect(switchNamed('Facebook')).not.toBeChecked();
    expect(switchNamed('Klaviyo')).not.toBeChecked();
    // Not selling or sharing: the rest stays as the customer chose.
    expect(switchNamed('E-mail')).toBeChecked();
    expect(switchNamed('Newsletter')).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'History of your choices' }));
    await screen.findByRole('heading', { level: 1, name: 'History of your choices' });
    const [newest, second] = within(screen.getByRole('region', { name: /changes in all/ })).getAllByRole('listitem');
    for (const entry of [newest, second]) expect(entry).toHaveTextContent('WhereGlobal Privacy Control (a signal from your browser)');
    expect(`${newest?.textContent} ${second?.textContent}`).toMatch(/Facebook.*Klaviyo|Klaviyo.*Facebook/);
  });

  it('keeps a partner switched back on deliberately, notes the conflict, and does not flip it on the next visit', async () => {
    leave = becomeGpcBrowser();
    const { user } = await openPreferences();
    await user.click(switchNamed('Facebook'));
    await waitFor(() => expect(savedPreferences().advertising.facebook).toBe(true));
    const conflict = 'You switched these back on yourself afterwards, so they stay on although your browser sends the signal: Facebook.';
    expect(await screen.findByText(new RegExp(conflict.slice(0, 40)))).toHaveTextContent(conflict);

    // The next visit, still with the signal: the choice stands.
    cleanup();
    renderApp('/preferences');
    await screen.findByRole('heading', { level: 1, name: 'Marketing preferences' });
    expect(switchNamed('Facebook')).toBeChecked();
    expect(switchNamed('Klaviyo')).not.toBeChecked();
    expect(screen.getByRole('region', { name: 'Global Privacy Control honoured' })).toHaveTextContent(conflict);
  });

  it('changes nothing and says nothing without the signal', async () => {
    await openPreferences();
    expect(screen.queryByText(/Global Privacy Control/)).not.toBeInTheDocument();
    expect(switchNamed('Facebook')).toBeChecked();
    expect(switchNamed('Klaviyo')).toBeChecked();
  });

  it('tells Jānis in Latvian that the photo lab passes nothing on to partners', async () => {
    seed('fotolukss');
    leave = becomeGpcBrowser();
    await openPreferences('janis@example.lv');
    const notice = screen.getByRole('region', { name: 'Global Privacy Control signāls ievērots' });
    expect(notice).toHaveTextContent('Jūsu pārlūks sūta Global Privacy Control signālu');
    expect(notice).toHaveTextContent('Fotolukss neizmanto jūsu datus personalizētai reklāmai');
  });
});
