import { getResponse } from 'msw';
import { exportState, getDb, importState, seed } from '../../mocks/db';
import { handlers } from '../../mocks/handlers/index';
import type { Organization, Profile, Session } from '../../src/api/types';
import { createClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function control(path: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://localhost/api/__mock${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('mock backend: controls, persistence and plain Fetch requests', () => {
  it('lets no other site drive the controls: JSON only, and no cross-site page', async () => {
    const plain = await control('/clock', 'POST', { advanceMs: 3_600_000 }, { 'Content-Type': 'text/plain' });
    expect(plain.status).toBe(415);
    const crossSite = await control('/reset', 'POST', {}, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { code: string }).code).toBe('csrf');
    expect((await control('/faults', 'DELETE', undefined, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // Nothing moved: the clock is where it was and the faults are untouched.
    expect((await control('/faults', 'POST', { kind: 'latency', ms: 1 }, { Origin: 'http://localhost' })).status).toBe(201);
    const moved = (await (await control('/clock', 'POST', { advanceMs: 0 })).json()) as { now: string };
    expect(Math.abs(Date.parse(moved.now) - Date.now())).toBeLessThan(60_000);
  });

  it('resets to another tenant, moves the clock and injects faults over HTTP', async () => {
    const reset = await control('/reset', 'POST', { tenant: 'fotolukss' });
    expect(reset.status).toBe(200);
    const organization = (await (await fetch('http://localhost/api/v1/organization')).json()) as Organization;
    expect(organization).toMatchObject({ id: 'fotolukss', defaultLanguage: 'lv', deletion: { graceDays: 0 } });

    const before = Date.now();
    const moved = (await (await control('/clock', 'POST', { advanceMs: 3_600_000 })).json()) as { now: string };
    expect(Date.parse(moved.now) - before).toBeGreaterThanOrEqual(3_600_000);
    expect((await control('/clock', 'POST', { advanceMs: -1 })).status).toBe(422);

    expect((await control('/faults', 'POST', { kind: 'server-error', path: '/organization', times: 'Infinity' })).status).toBe(201);
    expect((await fetch('http://localhost/api/v1/organization')).status).toBe(500);
    expect((await fetch('http://localhost/api/v1/organization')).status).toBe(500);
    expect((await control('/faults', 'DELETE')).status).toBe(204);
    expect((await fetch('http://localhost/api/v1/organization')).status).toBe(200);
    expect((await control('/reset', 'POST', { tenant: 'nobody' })).status).toBe(422);
  });

  it('saves and restores the mutable state, and refuses state that is not its own', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    const { response } = await client.json<Profile>('/api/v1/me/profile');
    await client.request('/api/v1/me/profile', { method: 'PATCH', body: { firstName: 'Annija' }, headers: { 'If-Match': response.headers.get('ETag') ?? '' } });
    const saved = exportState();
    expect(saved.length).toBeLessThan(50_000);

    seed('aptolux');
    expect(getDb().customers.find((customer) => customer.id === 'cus_anna')?.firstName).toBe('Anna');
    expect(importState(saved)).toBe(true);
    // The session survived too: the same cookie is still signed in.
    expect((await client.json<Profile>('/api/v1/me/profile')).body.firstName).toBe('Annija');

    seed('fotolukss');
    expect(importState(saved)).toBe(false);
    expect(importState('{"schema": 0}')).toBe(false);
    expect(importState('not json')).toBe(false);
    expect(getDb().tenant).toBe('fotolukss');
  });

  it('works with plain Fetch Requests whose Cookie header carries the session (the e2e server path)', async () => {
    const first = await getResponse(handlers, new Request('http://127.0.0.1:4173/api/v1/session'));
    const cookie = (first?.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await first?.json()) as Session;
    const signIn = await getResponse(
      handlers,
      new Request('http://127.0.0.1:4173/api/v1/session', {
        method: 'POST',
        headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'anna@example.com', password: 'privacy-demo' }),
      }),
    );
    expect(signIn?.status).toBe(200);
    const sessionCookie = (signIn?.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    expect(sessionCookie).not.toBe(cookie);
    const profile = await getResponse(handlers, new Request('http://127.0.0.1:4173/api/v1/me/profile', { headers: { Cookie: sessionCookie } }));
    expect(profile?.status).toBe(200);
    const unknown = await getResponse(handlers, new Request('http://127.0.0.1:4173/api/v1/nothing-here'));
    expect(unknown?.status).toBe(404);
  });
});
