import type { Problem, RightsRequest } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

// What the demo backend does with bodies it cannot or should not read: the contract's limits
// (x-request-limits) answered as problem details, never a crash and never work done.

setupMockServer();

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

const question = { type: 'question', message: 'Who receives my address?', subject: null };
const file = (client: MockClient, body: unknown, headers: Record<string, string> = {}) =>
  client.json<Problem>('/api/v1/me/requests', { method: 'POST', body, headers: { 'Idempotency-Key': 'key-bodies-1', ...headers } });

describe('mock backend: request bodies', () => {
  it('refuses a body that is not JSON with 415, and files nothing', async () => {
    const client = await anna();
    const sent = await file(client, JSON.stringify(question), { 'Content-Type': 'text/plain' });
    expect(sent.status).toBe(415);
    expect(sent.body.code).toBe('unsupported_media_type');
    expect(sent.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const list = await client.json<{ items: RightsRequest[] }>('/api/v1/me/requests');
    expect(list.body.items.some((item) => item.message === question.message)).toBe(false);
  });

  it('answers 400 to JSON it cannot read and to JSON nested 100,000 levels deep', async () => {
    const client = await anna();
    const broken = await file(client, '{"type": "question",');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('bad_request');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = await client.json<Problem>('/api/v1/me/exports', { method: 'POST', body: `{"format":"json","categories":${deep}}`, headers: { 'Idempotency-Key': 'key-bodies-2' } });
    // 200,000 bytes is over the size limit too; a small but deep body meets the depth rule.
    expect(nested.status).toBe(413);
    const deepButSmall = `${'['.repeat(65)}${']'.repeat(65)}`;
    const tooDeep = await file(client, `{"type":"question","message":"x","subject":null,"extra":${deepButSmall}}`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.detail).toMatch(/deeper than 64/);
  });

  it('refuses a body over 64 KiB with 413, even before signing in', async () => {
    const stranger = createClient();
    await stranger.session();
    const big = await stranger.json<Problem>('/api/v1/session', { method: 'POST', body: { email: 'anna@example.com', password: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');
    // Within the limit the same request is only the usual wrong password.
    const small = await stranger.json<Problem>('/api/v1/session', { method: 'POST', body: { email: 'anna@example.com', password: 'wrong' } });
    expect(small.status).toBe(401);
  });
});
