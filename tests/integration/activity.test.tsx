import { screen, waitFor, within } from '@testing-library/react';
import { findCustomerByEmail, seed } from '../../mocks/db';
import { injectFault } from '../../mocks/faults';
import { makeActivityEvent } from '../../mocks/fixtures/factories';
import { renderSignedIn } from '../utils/render-app';
import { savedPreferences } from '../utils/saved-preferences';

const nav = () => screen.getByRole('navigation', { name: /^(Sections|Sadaļas)$/ });
const entries = (regionName: string | RegExp) => within(screen.getByRole('region', { name: regionName })).getAllByRole('listitem');
const dateTime = (language: string, iso: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));


async function openActivity(email = 'anna@example.com') {
  const app = await renderSignedIn(email);
  await screen.findByRole('heading', { level: 1, name: /^(Hello|Sveiki)/ });
  await app.user.click(within(nav()).getByRole('link', { name: /^(Activity|Darbības vēsture)$/ }));
  await screen.findByRole('heading', { level: 1, name: /^(Activity|Darbības vēsture)$/ });
  return app;
}

describe('the activity log', () => {
  it('lists what happened, newest first: in a sentence, what it was about, when and from where', async () => {
    await openActivity();
    expect(document.title).toBe('Activity – Aptolux');
    const [now, recent, older, failed, oldest] = entries('5 events');
    expect(now).toHaveTextContent(/^You signed in.* · IP address 192\.0\.2\.1$/);
    expect(recent).toHaveTextContent('You signed in');
    expect(recent).toHaveTextContent('iPhone · Safari · IP address 198.51.100.23');
    expect(older).toHaveTextContent('Windows · Chrome · IP address 203.0.113.77');
    expect(failed).toHaveTextContent('Someone tried to sign in with a wrong password');
    const first = findCustomerByEmail('anna@example.com')!.activity[0]!;
    expect(oldest).toHaveTextContent(
      `You corrected your detailsWhat changed: addressesRecipients we tell of this change (GDPR Article 19): Wix.com and Pipedrive${dateTime('en', first.at)} · iPhone · Safari`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5.');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('shows what the customer just did: a preference changed, the policy acknowledged', async () => {
    const { user } = await openActivity();
    expect(entries('5 events')).toHaveLength(5);

    await user.click(within(nav()).getByRole('link', { name: 'Marketing preferences' }));
    await user.click(await screen.findByRole('switch', { name: 'Newsletter' }));
    // The switch saves in the background: wait until the backend has it.
    await waitFor(() => expect(savedPreferences().topics.newsletter).toBe(false));
    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    await screen.findByText(/^Thank you\./);

    await user.click(within(nav()).getByRole('link', { name: 'Activity' }));
    await screen.findByRole('region', { name: '7 events' });
    const [acknowledged, preferences] = entries('7 events');
    expect(acknowledged).toHaveTextContent(/^You confirmed that you have read the privacy policyVersion: 2026-10-01/);
    expect(preferences).toHaveTextContent(/^You changed your marketing preferencesWhat changed: Newsletter/);
  });

  it('names changed fields and marketing choices in words, and shows other text from the API as text', async () => {
    const anna = findCustomerByEmail('anna@example.com')!;
    anna.activity.push(
      makeActivityEvent({ id: 'act_t1', type: 'profile_updated', detail: 'firstName, phone, nickname', device: null, ipAddress: null }),
      makeActivityEvent({ id: 'act_t2', type: 'preferences_changed', detail: 'channels.sms,advertising.google,sharing.klaviyo,objection' }),
      makeActivityEvent({ id: 'act_t3', type: 'export_requested', detail: 'csv' }),
      makeActivityEvent({ id: 'act_t4', type: 'request_created', detail: 'PR-2026-0042' }),
      makeActivityEvent({ id: 'act_t5', type: 'signed_in', detail: '<script>alert(1)</script>', device: '<img src=x onerror=alert(1)> – Ā 中文' }),
    );
    for (const [index, event] of anna.activity.entries()) event.at = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
    await openActivity();
    const [, hostile, request, exported, preferences, profile] = entries('10 events');
    expect(profile).toHaveTextContent(/^You corrected your detailsWhat changed: first name, phone number, and nickname[^·]+$/);
    // Art. 19: who received the corrected name and phone number, and is told.
    expect(profile).toHaveTextContent('Recipients we tell of this change (GDPR Article 19): Wix.com, Klaviyo, Inc., Pipedrive, PayPal, Stripe, and Zapier, Inc.');
    expect(exported).not.toHaveTextContent('GDPR Article 19');
    expect(preferences).toHaveTextContent(
      'What changed: marketing by SMS, personalised advertising on Google, sharing with Klaviyo, and objection to direct marketing',
    );
    expect(exported).toHaveTextContent('You asked for a copy of your dataFormat: CSV');
    expect(request).toHaveTextContent('You sent us a requestReference: PR-2026-0042');
    expect(hostile).toHaveTextContent('You signed in<script>alert(1)</script>');
    expect(hostile).toHaveTextContent('<img src=x onerror=alert(1)> – Ā 中文');
    expect(screen.getByRole('main').querySelector('script, img')).toBeNull();
  });

  it('loads older events on request, moves focus to the first of them, and says when a page fails', async () => {
    const anna = findCustomerByEmail('anna@example.com')!;
    const older = Array.from({ length: 30 }, (_, index) =>
      makeActivityEvent({ id: `act_old_${index}`, at: new Date(Date.UTC(2025, 0, 1 + index)).toISOString(), type: 'signed_out' }),
    );
    anna.activity.unshift(...older);
    const { user } = await openActivity();
    expect(entries('35 events')).toHaveLength(20);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 35.');

    injectFault({ kind: 'server-error', method: 'GET', path: '/me/activity' });
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load more events. Check your connection and try again.');
    expect(entries('35 events')).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 35 of 35.')).toBeInTheDocument();
    const all = entries('35 events');
    expect(all).toHaveLength(35);
    expect(all[20]).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to try again when the log cannot be loaded', async () => {
    const { user } = await renderSignedIn();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Anna' });
    injectFault({ kind: 'server-error', method: 'GET', path: '/me/activity' });
    await user.click(within(nav()).getByRole('link', { name: 'Activity' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    expect(entries('5 events')).toHaveLength(5);
  });

  it('says so when nothing has been recorded', async () => {
    const { user } = await renderSignedIn('bulk@example.com');
    await screen.findByRole('heading', { level: 1, name: /^Hello/ });
    findCustomerByEmail('bulk@example.com')!.activity = [];
    await user.click(within(nav()).getByRole('link', { name: 'Activity' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'No events' })).toBeInTheDocument();
    expect(screen.getByText('Nothing has been recorded in your account yet.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('reads in Latvian for Jānis', async () => {
    seed('fotolukss');
    await openActivity('janis@example.lv');
    expect(document.title).toBe('Darbības vēsture – Fotolukss');
    const [now, earlier] = entries('2 notikumi');
    expect(now).toHaveTextContent(/^Jūs pieslēdzāties.* · IP adrese 192\.0\.2\.1$/);
    const first = findCustomerByEmail('janis@example.lv')!.activity[0]!;
    expect(earlier).toHaveTextContent(`Jūs pieslēdzāties${dateTime('lv', first.at)} · Android · Chrome · IP adrese 198.51.100.77`);
    expect(screen.getByRole('status')).toHaveTextContent('Parādīti: 2 no 2.');
    expect(screen.getByText(/^Ja sarakstā ir kas tāds, ko neveicāt jūs/)).toBeInTheDocument();
  });
});
