import { clearFaults, holdRequest, injectFault } from '../../mocks/faults';
import type { Preferences, Problem, Profile } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

describe('mock backend: fault injection', () => {
  it('answers 500 and 503 problems once, then recovers', async () => {
    const client = await anna();
    injectFault({ kind: 'server-error', path: '/me/profile' });
    injectFault({ kind: 'unavailable', method: 'GET', path: '/me/orders' });
    const failed = await client.json<Problem>('/api/v1/me/profile');
    expect(failed.status).toBe(500);
    expect(failed.body.code).toBe('internal');
    expect(failed.response.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await client.request('/api/v1/me/profile')).status).toBe(200);
    const unavailable = await client.request('/api/v1/me/orders');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Retry-After')).toBe('5');
  });

  it('matches by method and glob, and keeps going with times: Infinity until cleared', async () => {
    const client = await anna();
    injectFault({ kind: 'rate-limited', method: 'POST', path: '/me/exports*', times: Infinity });
    expect((await client.request('/api/v1/me/exports')).status).toBe(200);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const limited = await client.request('/api/v1/me/exports', { method: 'POST', body: {}, headers: { 'Idempotency-Key': 'key-fault-01' } });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('Retry-After')).toBe('30');
    }
    clearFaults();
    const created = await client.request('/api/v1/me/exports', {
      method: 'POST',
      body: { format: 'json', categories: null },
      headers: { 'Idempotency-Key': 'key-fault-01' },
    });
    expect(created.status).toBe(202);
  });

  it('really ends the session on session-expired', async () => {
    const client = await anna();
    injectFault({ kind: 'session-expired', path: '/me/profile' });
    expect((await client.json<Problem>('/api/v1/me/profile')).body.code).toBe('unauthenticated');
    // Not a one-off: the session is gone, so the next request needs a new sign-in.
    expect((await client.request('/api/v1/me/preferences')).status).toBe(401);
    expect((await client.session()).authenticated).toBe(false);
  });

  it('answers 412 with the current profile as if another device had saved', async () => {
    const client = await anna();
    const { response } = await client.json<Profile>('/api/v1/me/profile');
    const etag = response.headers.get('ETag') ?? '';
    injectFault({ kind: 'precondition-failed', method: 'PATCH', path: '/me/profile' });
    const conflict = await client.json<Problem>('/api/v1/me/profile', { method: 'PATCH', body: { firstName: 'Ann' }, headers: { 'If-Match': etag } });
    expect(conflict.status).toBe(412);
    expect(conflict.body.current?.firstName).toBe('Anna');
    const newTag = conflict.response.headers.get('ETag') ?? '';
    expect(newTag).not.toBe(etag);
    expect((await client.request('/api/v1/me/profile', { method: 'PATCH', body: { firstName: 'Ann' }, headers: { 'If-Match': newTag } })).status).toBe(200);
  });

  it('drops the connection on network, and delays on latency', async () => {
    const client = await anna();
    injectFault({ kind: 'network', path: '/organization' });
    await expect(client.request('/api/v1/organization')).rejects.toThrow(TypeError);
    injectFault({ kind: 'latency', path: '/organization', ms: 300 });
    const started = Date.now();
    const response = await client.request('/api/v1/organization');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('holds a request until the test releases it, so a later one is answered first', async () => {
    const client = await anna();
    const answered: string[] = [];
    const held = holdRequest({ method: 'PATCH', path: '/me/preferences' });
    const first = client.request('/api/v1/me/preferences', { method: 'PATCH', body: { channels: { sms: true } } }).then(() => answered.push('sms on'));
    await held.arrived;
    await client.request('/api/v1/me/preferences', { method: 'PATCH', body: { channels: { sms: false } } });
    answered.push('sms off');
    held.release();
    await first;
    expect(answered).toEqual(['sms off', 'sms on']);
    // The held write was applied last, as a slow request really would be.
    expect((await client.json<Preferences>('/api/v1/me/preferences')).body.channels.sms).toBe(true);
  });

  it('lets held requests go when faults are cleared', async () => {
    const client = await anna();
    const hold = holdRequest({ path: '/organization' });
    const pending = client.request('/api/v1/organization');
    await hold.arrived;
    clearFaults();
    expect((await pending).status).toBe(200);
  });

  it('refuses a fault kind it does not know', () => {
    expect(() => injectFault({ kind: 'meteor' as never })).toThrow(TypeError);
  });
});
