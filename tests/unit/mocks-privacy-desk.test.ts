import { advanceClock } from '../../mocks/clock';
import { findCustomerByEmail } from '../../mocks/db';
import type { Problem, RightsRequest, RightsRequestList } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

// The demo company's privacy desk on the mock clock, withdrawal, the Art. 19 notices and the
// test controls that set a request's status or switch the desk off.

setupMockServer();

const hour = 3_600_000;
const day = 24 * hour;
let key = 0;

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

async function file(client: MockClient, body: { type: string; message: string; subject: unknown }) {
  key += 1;
  return (await client.json<RightsRequest>('/api/v1/me/requests', { method: 'POST', body, headers: { 'Idempotency-Key': `desk-test-${key}` } })).body;
}

/** Signs in again after time has passed (the session has ended meanwhile) and reads one request. */
async function after(ms: number, id: string) {
  advanceClock(ms);
  const client = await anna();
  const list = (await client.json<RightsRequestList>('/api/v1/me/requests')).body;
  return { client, list, request: list.items.find((item) => item.id === id) as RightsRequest };
}

async function control(path: string, body: unknown) {
  return fetch(`http://localhost/api/__mock${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const question = { type: 'question', message: 'Who gets my phone number?', subject: null };
const restriction = { type: 'restriction', message: '', subject: { categoryId: 'contact', itemId: null, field: null } };
const correction = { type: 'rectification', message: 'Wrong address on AP-10405.', subject: { categoryId: 'orders', itemId: null, field: null } };

describe('mock backend: the privacy desk', () => {
  it('sends the backend’s time with the list', async () => {
    advanceClock(5 * day);
    const client = await anna();
    const { now } = (await client.json<RightsRequestList>('/api/v1/me/requests')).body;
    expect(Date.parse(now) - Date.now()).toBeGreaterThan(5 * day - 60_000);
  });

  it('answers a question two days after it was filed, starting on the first day', async () => {
    const created = await file(await anna(), question);
    expect(created.history).toEqual([{ status: 'received', at: created.createdAt }]);
    expect((await after(day + hour, created.id)).request.status).toBe('in_progress');
    const { request } = await after(day, created.id);
    expect(request.status).toBe('completed');
    expect(request.closedAt).toBe(new Date(Date.parse(created.createdAt) + 2 * day).toISOString());
    expect(request.answer).toMatchObject({ portalPath: '/data' });
    expect(request.history.map((event) => event.status)).toEqual(['received', 'in_progress', 'completed']);
  });

  it('completes a restriction after three days and tells its recipients within a day, one after a retry', async () => {
    const created = await file(await anna(), restriction);
    const pending = created.recipients.filter((notice) => notice.status === 'pending').map((notice) => notice.recipientId);
    expect(pending.sort()).toEqual(['klaviyo', 'pipedrive', 'wix', 'zapier']);
    expect(created.recipients.find((notice) => notice.recipientId === 'stripe')).toMatchObject({ status: 'not_required', reason: 'not_received' });

    const done = (await after(3 * day + hour, created.id)).request;
    expect(done.status).toBe('completed');
    expect(done.recipients.filter((notice) => notice.status === 'pending')).toHaveLength(4);

    const told = (await after(6 * hour, created.id)).request;
    expect(told.recipients.find((notice) => notice.recipientId === 'wix')).toMatchObject({ status: 'told' });
    expect(told.recipients.find((notice) => notice.recipientId === 'pipedrive')).toMatchObject({ status: 'failed', toldAt: null });

    const retried = (await after(12 * hour, created.id)).request;
    expect(retried.recipients.filter((notice) => notice.status === 'told')).toHaveLength(4);
  });

  it('extends a correction on day 25 by two months, with the reason, and answers it on day 40', async () => {
    const created = await file(await anna(), correction);
    const extended = (await after(25 * day + hour, created.id)).request;
    expect(extended.status).toBe('extended');
    expect(extended.extension).toMatchObject({ previousDueAt: created.dueAt, at: new Date(Date.parse(created.createdAt) + 25 * day).toISOString() });
    expect(extended.extension?.reason).toMatch(/accounting partner/);
    const months = (iso: string) => new Date(iso).getUTCFullYear() * 12 + new Date(iso).getUTCMonth();
    expect(months(extended.dueAt) - months(created.dueAt)).toBe(2);
    expect((await after(15 * day, created.id)).request.status).toBe('completed');
  });

  it('lets requests go overdue while the desk is switched off', async () => {
    expect((await control('/desk', { on: false })).status).toBe(200);
    const created = await file(await anna(), question);
    const { request, list } = await after(40 * day, created.id);
    expect(request.status).toBe('received');
    expect(Date.parse(request.dueAt)).toBeLessThan(Date.parse(list.now));
    expect((await control('/desk', { on: 'maybe' })).status).toBe(422);
  });

  it('sets any request’s status by the test control, and the desk leaves it there', async () => {
    const created = await file(await anna(), question);
    const refused = await control(`/requests/${created.id}/status`, { status: 'refused', text: 'We cannot answer this one.' });
    expect(refused.status).toBe(200);
    const { request } = await after(5 * day, created.id);
    expect(request).toMatchObject({ status: 'refused', refusal: { reason: 'We cannot answer this one.' }, answer: null });
    expect((await control(`/requests/${created.id}/status`, { status: 'received' })).status).toBe(422);
    expect((await control('/requests/req_nobody/status', { status: 'completed' })).status).toBe(404);
  });

  it('withdraws an open request once, and refuses to withdraw a closed one, an export or someone else’s', async () => {
    const client = await anna();
    const created = await file(client, question);
    const withdraw = (id: string) => client.json<RightsRequest | Problem>(`/api/v1/me/requests/${id}/withdraw`, { method: 'POST' });
    const first = await withdraw(created.id);
    expect(first.response.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'withdrawn', recipients: [] });
    expect((await withdraw(created.id)).response.status).toBe(200);
    // Recorded once in the activity log, with the reference.
    const logged = findCustomerByEmail('anna@example.com')?.activity.filter((event) => event.type === 'request_withdrawn');
    expect(logged?.map((event) => event.detail)).toEqual([created.reference]);

    const closed = await withdraw('req_anna_1');
    expect(closed.response.status).toBe(409);
    expect((closed.body as Problem).code).toBe('conflict');
    expect((await withdraw('req_nobody')).response.status).toBe(404);

    key += 1;
    await client.json('/api/v1/me/exports', { method: 'POST', body: { format: 'json', categories: null }, headers: { 'Idempotency-Key': `desk-test-${key}` } });
    const list = (await client.json<RightsRequestList>('/api/v1/me/requests')).body;
    const access = list.items.find((item) => item.type === 'access') as RightsRequest;
    expect((await withdraw(access.id)).response.status).toBe(409);
  });
});
