import { advanceClock } from '../../mocks/clock';
import { seed } from '../../mocks/db';
import type { FilePage, OrderPage, Organization, Problem, RightsRequest, RightsRequestList, Session } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

const question = { type: 'rectification', message: 'The address on order AP-10405 is wrong.', subject: { categoryId: 'orders', itemId: 'ord_anna_010405', field: 'shippingAddress' } };

describe('mock backend: rights requests, policy and my data', () => {
  it('creates a tracked request due one calendar month later, once per idempotency key', async () => {
    const client = await anna();
    const send = () => client.json<RightsRequest>('/api/v1/me/requests', { method: 'POST', body: question, headers: { 'Idempotency-Key': 'key-request-1' } });
    const created = await send();
    expect(created.status).toBe(201);
    expect(created.body.reference).toMatch(/^PR-\d{4}-\d{4}$/);
    expect(created.body.status).toBe('received');
    const createdAt = new Date(created.body.createdAt);
    const due = new Date(created.body.dueAt);
    expect((due.getUTCFullYear() * 12 + due.getUTCMonth()) - (createdAt.getUTCFullYear() * 12 + createdAt.getUTCMonth())).toBe(1);
    expect((await send()).body.id).toBe(created.body.id);
    const list = (await client.json<RightsRequestList>('/api/v1/me/requests')).body.items;
    expect(list[0]?.id).toBe(created.body.id);
    expect(list).toHaveLength(3);
  });

  it('needs a message for a correction or a question, not for a restriction or an objection', async () => {
    const client = await anna();
    const send = (type: string, message: string, key: string) =>
      client.json<Partial<RightsRequest> & Pick<Problem, 'errors'>>('/api/v1/me/requests', { method: 'POST', body: { type, message, subject: null }, headers: { 'Idempotency-Key': key } });
    expect((await send('question', '   ', 'key-blank-question')).body.errors).toEqual([{ field: 'message', code: 'required' }]);
    expect((await send('rectification', '', 'key-blank-rectify')).body.errors).toEqual([{ field: 'message', code: 'required' }]);
    const restriction = await send('restriction', '', 'key-blank-restrict');
    expect(restriction.status).toBe(201);
    expect(restriction.body.message).toBe('');
    expect((await send('objection', '  ', 'key-blank-object')).status).toBe(201);
    expect((await send('objection', 'x'.repeat(4001), 'key-long-object')).body.errors).toEqual([{ field: 'message', code: 'too_long', limit: 4000 }]);
  });

  it('acknowledges known policy versions only', async () => {
    const client = await anna();
    const { body: organization } = await client.json<Organization>('/api/v1/organization');
    expect(organization.policy.version).toBe('2026-10-01');
    const unknown = await client.json<Problem>('/api/v1/me/policy-acknowledgement', { method: 'POST', body: { version: '1999-01-01' } });
    expect(unknown.body.errors).toEqual([{ field: 'version', code: 'invalid_value' }]);
    expect((await client.request('/api/v1/me/policy-acknowledgement', { method: 'POST', body: { version: '2026-10-01' } })).status).toBe(204);
    expect(((await client.session()) as Session).policy?.acknowledgedVersion).toBe('2026-10-01');
  });

  it('pages through 10,000 orders with opaque cursors and validates the limit', async () => {
    const client = createClient();
    await client.signIn('bulk@example.com');
    const first = (await client.json<OrderPage>('/api/v1/me/orders?limit=100')).body;
    expect(first.total).toBe(10_000);
    expect(first.items).toHaveLength(100);
    const second = (await client.json<OrderPage>(`/api/v1/me/orders?limit=100&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)).body;
    expect((second.items[0]?.placedAt ?? '') <= (first.items.at(-1)?.placedAt ?? '')).toBe(true);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((await client.json<Problem>('/api/v1/me/orders?limit=101')).body.errors).toEqual([{ field: 'limit', code: 'invalid_value' }]);
    expect((await client.json<Problem>('/api/v1/me/orders?cursor=nonsense')).status).toBe(422);
  });

  it('lists the photo files of the photo lab, and forgets them after their retention', async () => {
    seed('fotolukss');
    const client = createClient();
    await client.signIn('janis@example.lv');
    const files = (await client.json<FilePage>('/api/v1/me/files?limit=100')).body;
    expect(files.total).toBeGreaterThanOrEqual(8 * 3);
    expect(files.items.map((file) => file.fileName)).toContain('Jūrmala_saulriets.jpg');
    const orders = (await client.json<OrderPage>('/api/v1/me/orders')).body;
    expect(orders.total).toBe(8);
    expect(orders.items.every((order) => order.fileIds.length >= 3)).toBe(true);
    advanceClock(200 * 86_400_000);
    await client.signIn('janis@example.lv');
    const later = (await client.json<FilePage>('/api/v1/me/files?limit=100')).body;
    // Only the photos of orders not yet fulfilled (no deletion date) are left.
    expect(later.total).toBeLessThan(files.total);
    expect(later.items.every((file) => file.deleteAfter === null)).toBe(true);
  });
});
