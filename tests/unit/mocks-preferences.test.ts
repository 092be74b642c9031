import type { ConsentChangePage, Preferences, Problem } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

describe('mock backend: preferences and consent history', () => {
  it('starts from the fixture: mixed consents and older history from checkout, e-mail link and staff', async () => {
    const client = await anna();
    const { body } = await client.json<Preferences>('/api/v1/me/preferences');
    expect(body).toMatchObject({
      channels: { email: true, sms: false, phone: false, post: false },
      topics: { newsletter: true, offers: false, surveys: false },
      advertising: { facebook: true, google: false },
      sharing: { klaviyo: true, pipedrive: false },
      objection: false,
    });
    const history = await client.json<ConsentChangePage>('/api/v1/me/consents?limit=100');
    expect(new Set(history.body.items.map((change) => change.source))).toEqual(new Set(['checkout', 'email_link', 'staff']));
  });

  it('merges a partial change and records one history row per changed key', async () => {
    const client = await anna();
    const { status, body } = await client.json<Preferences>('/api/v1/me/preferences', {
      method: 'PATCH',
      body: { channels: { sms: true, email: true }, topics: { surveys: true } },
    });
    expect(status).toBe(200);
    expect(body.channels).toMatchObject({ email: true, sms: true });
    expect(body.topics.newsletter).toBe(true);
    const { body: history } = await client.json<ConsentChangePage>('/api/v1/me/consents?limit=2');
    expect(history.items.map((change) => [change.key, change.from, change.to, change.source, change.policyVersion])).toEqual([
      ['topics.surveys', null, true, 'portal', '2026-10-01'],
      ['channels.sms', null, true, 'portal', '2026-10-01'],
    ]);
  });

  it('refuses unknown keys', async () => {
    const client = await anna();
    // A key the contract does not have …
    const unknownGroup = await client.json<Problem>('/api/v1/me/preferences', { method: 'PATCH', body: { fax: true } });
    expect(unknownGroup.status).toBe(422);
    expect(unknownGroup.body.errors).toEqual([{ field: 'fax', code: 'invalid_value' }]);
    // … and a topic this company does not offer.
    const unknownTopic = await client.json<Problem>('/api/v1/me/preferences', { method: 'PATCH', body: { topics: { holiday_hours: true } } });
    expect(unknownTopic.status).toBe(422);
    expect(unknownTopic.body.errors).toEqual([{ field: 'topics.holiday_hours', code: 'invalid_value' }]);
  });

  it('stops all marketing with one row per key that actually changed', async () => {
    const client = await anna();
    const before = (await client.json<ConsentChangePage>('/api/v1/me/consents')).body.total;
    const { body } = await client.json<Preferences>('/api/v1/me/preferences/stop-all', { method: 'POST' });
    expect(Object.values({ ...body.channels, ...body.topics, ...body.advertising, ...body.sharing }).every((value) => !value)).toBe(true);
    expect(body.objection).toBe(true);
    const { body: history } = await client.json<ConsentChangePage>('/api/v1/me/consents?limit=100');
    // email, newsletter, facebook, klaviyo were on; objection was off.
    expect(history.total - before).toBe(5);
    expect(history.items.slice(0, 5).map((change) => change.key).sort()).toEqual(
      ['advertising.facebook', 'channels.email', 'objection', 'sharing.klaviyo', 'topics.newsletter'],
    );
    await client.request('/api/v1/me/preferences/stop-all', { method: 'POST' });
    expect((await client.json<ConsentChangePage>('/api/v1/me/consents')).body.total).toBe(history.total);
  });

  it('downloads the history as CSV (header row, CRLF, BOM) and as JSON', async () => {
    const client = await anna();
    const csv = await client.request('/api/v1/me/consents/download?format=csv');
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('Content-Disposition')).toMatch(/^attachment; filename="aptolux-consent-history-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('at,key,from,to,source,policyVersion');
    expect(lines).toHaveLength(8 + 2);
    expect(lines.at(-2)).toMatch(/,channels\.email,,true,checkout,2022-09-22$/);
    const json = await client.json<{ items: unknown[] }>('/api/v1/me/consents/download?format=json');
    expect(json.body.items).toHaveLength(8);
    const bad = await client.json<Problem>('/api/v1/me/consents/download?format=xml');
    expect(bad.body.errors).toEqual([{ field: 'format', code: 'invalid_value' }]);
  });
});
