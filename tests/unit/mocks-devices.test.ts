import { advanceClock } from '../../mocks/clock';
import type { ActivityPage, DeviceSession, Problem, SessionList } from '../../src/api/types';
import { createClient, setupMockServer, type MockClient } from '../utils/mock-fetch';

setupMockServer();

const iPhone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function annaOn(agent: string, ip: string): Promise<MockClient> {
  const client = createClient();
  client.defaultHeaders = { 'User-Agent': agent, 'X-Forwarded-For': ip };
  expect((await client.signIn('anna@example.com')).status).toBe(200);
  return client;
}

async function sessionsOf(client: MockClient): Promise<DeviceSession[]> {
  const { status, body } = await client.json<SessionList>('/api/v1/me/sessions');
  expect(status).toBe(200);
  return body.items;
}

describe('mock backend: where the customer is signed in', () => {
  it('lists the seeded sessions and each sign-in with its device, browser and address, this one marked', async () => {
    const phone = await annaOn(iPhone, '198.51.100.9');
    const items = await sessionsOf(phone);
    expect(items.map((session) => `${session.device} · ${session.browser}`)).toEqual([
      'iPhone · Safari 18',
      'iPhone · Safari 18',
      'Windows · Chrome 131',
      'iPad · Safari 17',
    ]);
    expect(items[0]).toMatchObject({ current: true, ipAddress: '198.51.100.9' });
    expect(items.filter((session) => session.current)).toHaveLength(1);
    expect(items.map((session) => session.id).join()).not.toContain(phone.cookies.get('pp_session'));
  });

  it('updates "last active" on every request and drops a portal session that idled out', async () => {
    const phone = await annaOn(iPhone, '198.51.100.9');
    const laptop = await annaOn(windows, '203.0.113.5');
    advanceClock(20 * 60_000);
    const [first] = await sessionsOf(laptop);
    expect(first).toMatchObject({ current: true, device: 'Windows' });
    advanceClock(15 * 60_000);
    // The phone has been idle 35 minutes: gone, and its next request is refused.
    const names = (await sessionsOf(laptop)).map((session) => session.device);
    expect(names.filter((name) => name === 'iPhone')).toHaveLength(1);
    expect((await phone.request('/api/v1/me/profile')).status).toBe(401);
  });

  it('ends one other session: its next request gets 401 and Activity names the device', async () => {
    const phone = await annaOn(iPhone, '198.51.100.9');
    const laptop = await annaOn(windows, '203.0.113.5');
    const target = (await sessionsOf(laptop)).find((session) => !session.current && session.ipAddress === '198.51.100.9');
    expect(target).toBeDefined();
    const ended = await laptop.request(`/api/v1/me/sessions/${target?.id ?? ''}`, { method: 'DELETE' });
    expect(ended.status).toBe(204);
    const refused = await phone.json<Problem>('/api/v1/me/profile');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
    expect((await sessionsOf(laptop)).map((session) => session.id)).not.toContain(target?.id);
    const { body } = await laptop.json<ActivityPage>('/api/v1/me/activity');
    expect(body.items[0]).toMatchObject({ type: 'signed_out_other_device', detail: 'iPhone · Safari 18', device: 'Windows · Chrome 131' });
    // Ending it again: it is gone.
    const again = await laptop.json<Problem>(`/api/v1/me/sessions/${target?.id ?? ''}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('not_found');
  });

  it('does not end the current session through the list, nor without the CSRF token', async () => {
    const laptop = await annaOn(windows, '203.0.113.5');
    const current = (await sessionsOf(laptop)).find((session) => session.current);
    const refused = await laptop.json<Problem>(`/api/v1/me/sessions/${current?.id ?? ''}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('conflict');
    const other = (await sessionsOf(laptop)).find((session) => !session.current);
    const noToken = await laptop.json<Problem>(`/api/v1/me/sessions/${other?.id ?? ''}`, { method: 'DELETE', csrf: false });
    expect(noToken.status).toBe(403);
    expect((await sessionsOf(laptop)).length).toBe(4);
  });

  it("cannot end another customer's session", async () => {
    const laptop = await annaOn(windows, '203.0.113.5');
    const bulk = createClient();
    await bulk.signIn('bulk@example.com');
    const annasOther = (await sessionsOf(laptop)).find((session) => !session.current);
    const refused = await bulk.json<Problem>(`/api/v1/me/sessions/${annasOther?.id ?? ''}`, { method: 'DELETE' });
    expect(refused.status).toBe(404);
    expect((await sessionsOf(laptop)).length).toBe(4);
  });

  it('signs out every other session and keeps this one', async () => {
    const phone = await annaOn(iPhone, '198.51.100.9');
    const laptop = await annaOn(windows, '203.0.113.5');
    expect((await laptop.request('/api/v1/me/sessions/sign-out-others', { method: 'POST' })).status).toBe(204);
    const items = await sessionsOf(laptop);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ current: true, device: 'Windows' });
    expect((await phone.request('/api/v1/me/profile')).status).toBe(401);
    expect((await laptop.request('/api/v1/me/profile')).status).toBe(200);
    const { body } = await laptop.json<ActivityPage>('/api/v1/me/activity');
    expect(body.items[0]?.type).toBe('signed_out_other_devices');
    // Nothing left to end: still a success, and no second event.
    expect((await laptop.request('/api/v1/me/sessions/sign-out-others', { method: 'POST' })).status).toBe(204);
    expect((await laptop.json<ActivityPage>('/api/v1/me/activity')).body.total).toBe(body.total);
  });

  it('needs a signed-in session', async () => {
    const stranger = createClient();
    await stranger.session();
    expect((await stranger.request('/api/v1/me/sessions')).status).toBe(401);
    expect((await stranger.request('/api/v1/me/sessions/sign-out-others', { method: 'POST' })).status).toBe(401);
  });
});
