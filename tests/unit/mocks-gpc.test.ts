import { seed } from '../../mocks/db';
import type { ConsentChangePage, Preferences } from '../../src/api/types';
import { createClient, setupMockServer, type MockClient } from '../utils/mock-fetch';

setupMockServer();

function gpcBrowser(): MockClient {
  const client = createClient();
  client.defaultHeaders = { 'Sec-GPC': '1' };
  return client;
}

async function preferencesOf(client: MockClient): Promise<Preferences> {
  return (await client.json<Preferences>('/api/v1/me/preferences')).body;
}

describe('mock backend: Global Privacy Control', () => {
  it('opts the account out of selling and sharing on sign-in, records it once with source gpc', async () => {
    const browser = gpcBrowser();
    await browser.signIn('anna@example.com');
    const preferences = await preferencesOf(browser);
    expect(preferences.advertising).toEqual({ facebook: false, google: false });
    expect(preferences.sharing).toEqual({ klaviyo: false, pipedrive: false });
    // Other marketing is not selling or sharing: it stays as it was.
    expect(preferences.channels.email).toBe(true);
    expect(preferences.topics.newsletter).toBe(true);
    expect(preferences.globalPrivacyControl.honouredAt).not.toBeNull();
    expect(preferences.globalPrivacyControl.keptOn).toEqual([]);

    await preferencesOf(browser);
    const { body } = await browser.json<ConsentChangePage>('/api/v1/me/consents');
    const fromSignal = body.items.filter((change) => change.source === 'gpc');
    expect(fromSignal.map((change) => change.key).sort()).toEqual(['advertising.facebook', 'sharing.klaviyo']);
    expect(fromSignal.every((change) => change.from === true && change.to === false)).toBe(true);
  });

  it('keeps a partner the customer switches back on deliberately, and says so', async () => {
    const browser = gpcBrowser();
    await browser.signIn('anna@example.com');
    const patched = await browser.json<Preferences>('/api/v1/me/preferences', { method: 'PATCH', body: { advertising: { facebook: true } } });
    expect(patched.body.advertising.facebook).toBe(true);
    expect(patched.body.globalPrivacyControl.keptOn).toEqual(['advertising.facebook']);
    // Later requests with the signal, and a new sign-in with it, do not flip it back.
    const again = gpcBrowser();
    await again.signIn('anna@example.com');
    const preferences = await preferencesOf(again);
    expect(preferences.advertising.facebook).toBe(true);
    expect(preferences.sharing.klaviyo).toBe(false);
    const { body } = await again.json<ConsentChangePage>('/api/v1/me/consents');
    expect(body.items.filter((change) => change.source === 'gpc')).toHaveLength(2);
  });

  it('honours the signal on any signed-in request, not only the preferences', async () => {
    const browser = createClient();
    await browser.signIn('anna@example.com');
    expect((await preferencesOf(browser)).advertising.facebook).toBe(true);
    expect((await browser.request('/api/v1/me/orders', { headers: { 'Sec-GPC': '1' } })).status).toBe(200);
    expect((await preferencesOf(browser)).advertising.facebook).toBe(false);
  });

  it('changes nothing without the signal, or before anyone is signed in', async () => {
    const browser = createClient();
    const anonymous = gpcBrowser();
    await anonymous.session();
    await browser.signIn('anna@example.com');
    const preferences = await preferencesOf(browser);
    expect(preferences.advertising.facebook).toBe(true);
    expect(preferences.sharing.klaviyo).toBe(true);
    expect(preferences.globalPrivacyControl).toEqual({ honouredAt: null, keptOn: [] });
  });

  it('notes the signal for a company without advertising or sharing partners, and changes nothing else', async () => {
    seed('fotolukss');
    const browser = gpcBrowser();
    await browser.signIn('janis@example.lv');
    const preferences = await preferencesOf(browser);
    expect(preferences.globalPrivacyControl.honouredAt).not.toBeNull();
    const { body } = await browser.json<ConsentChangePage>('/api/v1/me/consents');
    expect(body.items.filter((change) => change.source === 'gpc')).toEqual([]);
  });
});
