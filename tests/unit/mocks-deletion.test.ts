import { advanceClock } from '../../mocks/clock';
import { getDb, seed } from '../../mocks/db';
import type { DeletionResult, DeletionStatus, Export, Problem, Session } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

const dayMs = 86_400_000;
const body = { password: 'privacy-demo', confirmEmail: 'ANNA@example.com', reason: { choice: 'too_many_emails', text: '' } };

function deleteAccount(client: MockClient, key: string, payload: unknown = body) {
  return client.json<DeletionResult & Partial<Omit<Problem, 'status'>>>('/api/v1/me/deletion', { method: 'POST', body: payload, headers: { 'Idempotency-Key': key } });
}

async function anna(): Promise<MockClient> {
  const client = createClient();
  await client.signIn('anna@example.com');
  return client;
}

describe('mock backend: account deletion', () => {
  it('checks the password and the typed e-mail', async () => {
    const client = await anna();
    const wrongPassword = await deleteAccount(client, 'key-del-0001', { ...body, password: 'nope' });
    expect(wrongPassword.status).toBe(422);
    expect(wrongPassword.body).toMatchObject({ code: 'invalid_password', errors: [{ field: 'password', code: 'invalid_value' }] });
    const wrongEmail = await deleteAccount(client, 'key-del-0002', { ...body, confirmEmail: 'anna@example.lv' });
    expect(wrongEmail.body).toMatchObject({ code: 'email_mismatch', errors: [{ field: 'confirmEmail', code: 'invalid_value' }] });
  });

  it('schedules the deletion after the grace period, ends every session and replays a double submit', async () => {
    const client = await anna();
    const other = await anna();
    const clientCookie = client.cookies.get('pp_session') ?? '';
    const first = await deleteAccount(client, 'key-del-double');
    expect(first.status).toBe(202);
    expect(first.body.status).toBe('scheduled');
    expect(Date.parse(first.body.scheduledFor ?? '') - Date.now()).toBeGreaterThan(14 * dayMs - 60_000);
    expect(first.body.retainedUntil?.slice(0, 4)).toBe(String(new Date(first.body.scheduledFor ?? '').getUTCFullYear() + 5));
    expect(first.response.headers.getSetCookie()[0]).toMatch(/^pp_session=; Max-Age=0/);
    expect((await other.request('/api/v1/me/profile')).status).toBe(401);

    // The second click of a double submit still carries the old cookie.
    const secondClick = createClient();
    secondClick.csrfToken = client.csrfToken;
    secondClick.cookies.set('pp_session', clientCookie);
    const replay = await deleteAccount(secondClick, 'key-del-double');
    expect(replay.status).toBe(202);
    expect(replay.body).toEqual(first.body);
  });

  it('keeps the account read-only but usable during the grace period, and can cancel', async () => {
    const client = await anna();
    await deleteAccount(client, 'key-del-grace');
    const again = createClient();
    const signedIn = (await (await again.signIn('anna@example.com')).json()) as Session;
    expect(signedIn.deletion?.scheduledFor).toBeTruthy();
    const blocked = await again.json<Problem>('/api/v1/me/preferences', { method: 'PATCH', body: { channels: { sms: true } } });
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('deletion_pending');
    expect((await again.request('/api/v1/me/profile')).status).toBe(200);
    // Taking a copy of one's data is not a change: still possible, down to the file.
    const created = await again.json<Export>('/api/v1/me/exports', {
      method: 'POST',
      body: { format: 'json', categories: null },
      headers: { 'Idempotency-Key': 'key-del-grace-export' },
    });
    expect(created.status).toBe(202);
    advanceClock(20_000);
    await again.request('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'privacy-demo' } });
    expect((await again.request(`/api/v1/me/exports/${created.body.id}/download`)).status).toBe(200);

    const cancelled = await again.json<DeletionStatus>('/api/v1/me/deletion', { method: 'DELETE' });
    expect(cancelled.body).toMatchObject({ status: 'none', scheduledFor: null, graceDays: 14 });
    expect((await again.request('/api/v1/me/preferences', { method: 'PATCH', body: { channels: { sms: true } } })).status).toBe(200);
  });

  it('erases the account once the grace period has passed; retained records stay unlinked', async () => {
    const client = await anna();
    await deleteAccount(client, 'key-del-erase');
    advanceClock(13 * dayMs);
    expect((await createClient().signIn('anna@example.com')).status).toBe(200);
    advanceClock(dayMs + 60_000);
    const late = await createClient().signIn('anna@example.com');
    expect(late.status).toBe(401);
    expect(((await late.json()) as Problem).code).toBe('invalid_credentials');
    expect(getDb().customers.map((customer) => customer.email)).not.toContain('anna@example.com');
    expect(getDb().retained).toEqual([expect.objectContaining({ fixture: 'anna', customerNumber: 'A-100234' })]);
    // The confirmation: what went, what stays and until when, and who was told (Art. 19).
    const [confirmation, ...others] = getDb().mailbox.filter((message) => message.to === 'anna@example.com');
    expect(others).toEqual([]);
    expect(confirmation?.subject).toBe('Your account has been deleted');
    expect(confirmation?.text).toMatch(/Kept because the law requires it \(linked to no login, until \d{4}-\d{2}-\d{2}\):\n- Order records and invoices \(5 years\)/);
    expect(confirmation?.text).toContain('Recipients told to erase your data too (GDPR Article 19): Wix.com, Klaviyo, Inc., Pipedrive');
  });

  it('deletes at once when the tenant has no grace period', async () => {
    seed('fotolukss');
    const client = createClient();
    await client.signIn('janis@example.lv');
    const result = await deleteAccount(client, 'key-del-now1', { password: 'privacy-demo', confirmEmail: 'janis@example.lv', reason: null });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'deleted', scheduledFor: null });
    expect((await createClient().signIn('janis@example.lv')).status).toBe(401);
    const confirmation = getDb().mailbox.find((message) => message.to === 'janis@example.lv');
    expect(confirmation?.subject).toBe('Jūsu konts ir dzēsts');
    expect(confirmation?.text).toContain('Par dzēšanu informētie saņēmēji (VDAR 19. pants): Maksājumu banka (fiktīva), Piegādes serviss (fiktīvs), Mitināšanas pakalpojums (fiktīvs).');
  });
});
