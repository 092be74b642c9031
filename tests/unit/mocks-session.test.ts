import { advanceClock } from '../../mocks/clock';
import type { Problem, Session, Technical } from '../../src/api/types';
import { createClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

describe('mock backend: sessions', () => {
  it('hands out an anonymous session with an HttpOnly cookie and a CSRF token', async () => {
    const client = createClient();
    const { status, body, response } = await client.json<Session>('/api/v1/session');
    expect(status).toBe(200);
    expect(body).toMatchObject({ authenticated: false, customer: null, policy: null });
    expect(body.csrfToken).toMatch(/^[0-9a-f]{48}$/);
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^pp_session=[0-9a-f]+; Path=\/api; HttpOnly; SameSite=Lax$/);
    // The same cookie keeps the same session (and token).
    const again = await client.json<Session>('/api/v1/session');
    expect(again.body.csrfToken).toBe(body.csrfToken);
    expect(again.response.headers.getSetCookie()).toEqual([]);
  });

  it('signs in, rotates the session id and the CSRF token, and elevates for 5 minutes', async () => {
    const client = createClient();
    const anonymous = await client.session();
    const anonymousCookie = client.cookies.get('pp_session');
    const response = await client.signIn('Anna@Example.com');
    const session = (await response.json()) as Session;
    expect(response.status).toBe(200);
    expect(session.authenticated).toBe(true);
    expect(session.customer).toMatchObject({ email: 'anna@example.com', firstName: 'Anna', lastName: 'Bērziņa', language: null });
    expect(session.csrfToken).not.toBe(anonymous.csrfToken);
    expect(client.cookies.get('pp_session')).not.toBe(anonymousCookie);
    expect(Date.parse(session.elevatedUntil ?? '') - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(session.policy).toEqual({ acknowledgedVersion: '2022-09-22' });
  });

  it('refuses sign-in without the CSRF token of the anonymous session', async () => {
    const client = createClient();
    await client.session();
    const { status, body } = await client.json<Problem>('/api/v1/session', {
      method: 'POST',
      body: { email: 'anna@example.com', password: 'privacy-demo' },
      csrf: false,
    });
    expect(status).toBe(403);
    expect(body.code).toBe('csrf');
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const client = createClient();
    const wrong = await client.signIn('anna@example.com', 'nope');
    const unknown = await client.signIn('nobody@example.com', 'privacy-demo');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(((await wrong.json()) as Problem).code).toBe('invalid_credentials');
    expect(((await unknown.json()) as Problem).code).toBe('invalid_credentials');
  });

  it('rate-limits an e-mail after 5 failures in 15 minutes, until the window frees up', async () => {
    const client = createClient();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await client.signIn('anna@example.com', `wrong-${attempt}`)).status).toBe(401);
      advanceClock(60_000);
    }
    const limited = await client.signIn('anna@example.com');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('Retry-After'));
    // The first failure was 5 minutes ago: it leaves the 15-minute window in 10 minutes.
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(((await limited.json()) as Problem).retryAfterSeconds).toBe(retryAfter);
    // Another address is not affected.
    expect((await createClient().signIn('bulk@example.com')).status).toBe(200);
    advanceClock(retryAfter * 1000);
    expect((await client.signIn('anna@example.com')).status).toBe(200);
  });

  it('locks a client that fails 20 times across many addresses, for every address, but not other clients', async () => {
    const stuffer = createClient();
    stuffer.defaultHeaders = { 'X-Forwarded-For': '198.51.100.7' };
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await stuffer.signIn(`guess-${attempt}@example.com`, 'password1')).status).toBe(401);
    }
    // Even a right password for an address it never tried is refused from that client now.
    const locked = await stuffer.signIn('anna@example.com');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(14 * 60);
    // Anna herself, on her own device, is not locked out by someone else's guessing.
    const anna = createClient();
    anna.defaultHeaders = { 'X-Forwarded-For': '203.0.113.20' };
    expect((await anna.signIn('anna@example.com')).status).toBe(200);
  });

  it('ends a session after 30 idle minutes of the mock clock', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    advanceClock(29 * 60_000);
    expect((await client.request('/api/v1/me/profile')).status).toBe(200);
    advanceClock(29 * 60_000);
    // The request above counted as activity, so the session is still alive.
    expect((await client.request('/api/v1/me/profile')).status).toBe(200);
    advanceClock(31 * 60_000);
    const expired = await client.json<Problem>('/api/v1/me/profile');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('unauthenticated');
    const fresh = await client.session();
    expect(fresh.authenticated).toBe(false);
  });

  it('signs out: the cookie is expired and the old session id no longer works', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    const oldCookie = client.cookies.get('pp_session') ?? '';
    const response = await client.request('/api/v1/session', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^pp_session=; Max-Age=0;/);
    client.cookies.set('pp_session', oldCookie);
    expect((await client.request('/api/v1/me/profile')).status).toBe(401);
  });

  it('lists real sessions beside the fixture devices, and signing out everywhere ends them all', async () => {
    const phone = createClient();
    const laptop = createClient();
    await phone.signIn('anna@example.com');
    await laptop.signIn('anna@example.com');
    const { body } = await laptop.json<Technical>('/api/v1/me/technical');
    expect(body.sessions.filter((session) => session.current)).toHaveLength(1);
    expect(body.sessions).toHaveLength(2 + 3);
    expect(body.sessions.map((session) => session.id).join()).not.toContain(laptop.cookies.get('pp_session'));

    expect((await laptop.request('/api/v1/session/sign-out-everywhere', { method: 'POST' })).status).toBe(204);
    expect((await phone.request('/api/v1/me/profile')).status).toBe(401);
    expect((await laptop.request('/api/v1/me/profile')).status).toBe(401);
    const again = createClient();
    await again.signIn('anna@example.com');
    const after = await again.json<Technical>('/api/v1/me/technical');
    expect(after.body.sessions).toHaveLength(1);
  });

  it('confirms the password to re-elevate, and refuses a wrong one', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    advanceClock(6 * 60_000);
    expect((await client.session()).elevatedUntil).toBeNull();
    const wrong = await client.json<Problem>('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'x' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'invalid_password', errors: [{ field: 'password', code: 'invalid_value' }] });
    const right = await client.json<{ elevatedUntil: string }>('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'privacy-demo' } });
    expect(right.status).toBe(200);
    expect((await client.session()).elevatedUntil).toBe(right.body.elevatedUntil);
  });
});
