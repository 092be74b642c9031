import { advanceClock } from '../../mocks/clock';
import type { Problem, Profile } from '../../src/api/types';
import { createClient, mailbox, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function start(client: MockClient, email: string) {
  return client.json<{ pendingEmail: { email: string; expiresAt: string } } & Partial<Omit<Problem, 'status'>>>('/api/v1/me/email-change', {
    method: 'POST',
    body: { email },
  });
}

function confirm(client: MockClient, code: string) {
  return client.json<Profile & Partial<Omit<Problem, 'status'>>>('/api/v1/me/email-change/confirm', { method: 'POST', body: { code } });
}

async function latestCode(): Promise<string> {
  const [message] = await mailbox();
  return message?.code ?? '';
}

describe('mock backend: e-mail change', () => {
  it('needs a recent password confirmation', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    advanceClock(5 * 60_000 + 1_000);
    const { status, body } = await start(client, 'anna.new@example.com');
    expect(status).toBe(403);
    expect(body.code).toBe('reauth_required');
  });

  it('sends a 6-digit code and changes the sign-in address when it is confirmed', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    const started = await start(client, 'anna.new@example.com');
    expect(started.status).toBe(202);
    expect(started.body.pendingEmail.email).toBe('anna.new@example.com');
    const [message] = await mailbox();
    expect(message).toMatchObject({ to: 'anna.new@example.com' });
    expect(message?.code).toMatch(/^\d{6}$/);
    const { body: pending } = await client.json<Profile>('/api/v1/me/profile');
    expect(pending.pendingEmail?.email).toBe('anna.new@example.com');

    const done = await confirm(client, message?.code ?? '');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ email: 'anna.new@example.com', pendingEmail: null });
    expect(done.response.headers.get('ETag')).toMatch(/^"\d+"$/);
    expect((await createClient().signIn('anna@example.com')).status).toBe(401);
    expect((await createClient().signIn('anna.new@example.com')).status).toBe(200);
  });

  it('refuses a wrong code, then kills the code after 5 wrong tries', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    await start(client, 'anna.new@example.com');
    const code = await latestCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const result = await confirm(client, wrong);
      expect(result.body.code).toBe('invalid_code');
    }
    expect((await confirm(client, wrong)).body.code).toBe('code_attempts_exhausted');
    const afterwards = await confirm(client, code);
    expect(afterwards.status).toBe(404);
  });

  it('refuses an expired code', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    await start(client, 'anna.new@example.com');
    const code = await latestCode();
    advanceClock(15 * 60_000 + 1_000);
    const result = await confirm(client, code);
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('expired_code');
  });

  it('refuses an address another account uses, and a malformed one', async () => {
    const client = createClient();
    await client.signIn('anna@example.com');
    const taken = await start(client, 'BULK@example.com');
    expect(taken.body.errors).toEqual([{ field: 'email', code: 'taken' }]);
    const invalid = await start(client, 'not-an-address');
    expect(invalid.body.errors).toEqual([{ field: 'email', code: 'invalid_email' }]);
  });
});
