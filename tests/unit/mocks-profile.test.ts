import type { ActivityPage, Address, Problem, Profile, Session } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

async function signedIn(): Promise<{ client: MockClient; profile: Profile; etag: string }> {
  const client = createClient();
  await client.signIn('anna@example.com');
  const { body, response } = await client.json<Profile>('/api/v1/me/profile');
  return { client, profile: body, etag: response.headers.get('ETag') ?? '' };
}

function patch(client: MockClient, body: unknown, ifMatch?: string) {
  return client.json<Profile & Partial<Omit<Problem, 'status'>>>('/api/v1/me/profile', {
    method: 'PATCH',
    body,
    headers: ifMatch === undefined ? {} : { 'If-Match': ifMatch },
  });
}

const addressInput = (overrides: Partial<Address> = {}) => ({
  label: '',
  recipient: 'Anna Bērziņa',
  line1: 'Parauga iela 9',
  line2: '',
  city: 'Liepāja',
  postalCode: 'LV-3401',
  country: 'LV',
  isDefault: true,
  ...overrides,
});

describe('mock backend: profile', () => {
  it('serves the profile with a quoted version ETag', async () => {
    const { profile, etag } = await signedIn();
    expect(etag).toMatch(/^"\d+"$/);
    expect(profile).toMatchObject({ firstName: 'Anna', lastName: 'Bērziņa', phone: '+37120000001', pendingEmail: null });
    expect(profile.addresses.filter((address) => address.isDefault)).toHaveLength(1);
  });

  it('requires If-Match (428) and refuses a stale one with the current profile (412)', async () => {
    const { client, etag } = await signedIn();
    const missing = await patch(client, { firstName: 'Anne' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('precondition_required');

    const saved = await patch(client, { firstName: 'Anne' }, etag);
    expect(saved.status).toBe(200);
    const newTag = saved.response.headers.get('ETag');
    expect(newTag).not.toBe(etag);

    const stale = await patch(client, { lastName: 'Kalniņa' }, etag);
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition_failed');
    expect(stale.body.current?.firstName).toBe('Anne');
    expect(stale.response.headers.get('ETag')).toBe(newTag);
  });

  it('answers 422 with an error per field: first the contract’s rules, then its own', async () => {
    const { client, etag } = await signedIn();
    const { status, body } = await patch(
      client,
      {
        firstName: '   ',
        lastName: 'x'.repeat(101),
        phone: '1'.repeat(33),
        addresses: [addressInput(), addressInput({ country: 'xx', postalCode: '' })],
        nickname: 'Annie',
      },
      etag,
    );
    expect(status).toBe(422);
    expect(body.code).toBe('validation_failed');
    const expected = [
      { field: 'firstName', code: 'required' },
      { field: 'lastName', code: 'too_long', limit: 100 },
      { field: 'phone', code: 'too_long', limit: 32 },
      { field: 'addresses.1.postalCode', code: 'required' },
      { field: 'addresses.1.country', code: 'invalid_format' },
      { field: 'nickname', code: 'invalid_value' },
    ];
    expect(body.errors).toHaveLength(expected.length);
    expect(body.errors).toEqual(expect.arrayContaining(expected));
    // What only the backend can judge: a number that is no phone, a country that does not exist.
    const domain = await patch(client, { phone: '12345', addresses: [addressInput(), addressInput({ country: 'XX', isDefault: false })] }, etag);
    expect(domain.body.errors).toEqual([
      { field: 'phone', code: 'invalid_phone' },
      { field: 'addresses.1.country', code: 'invalid_country' },
    ]);
    const twoDefaults = await patch(client, { addresses: [addressInput(), addressInput()] }, etag);
    expect(twoDefaults.body.errors).toEqual([{ field: 'addresses', code: 'invalid_value' }]);
    const tooMany = await patch(client, { addresses: Array.from({ length: 11 }, (_, index) => addressInput({ isDefault: index === 0 })) }, etag);
    expect(tooMany.body.errors).toEqual([{ field: 'addresses', code: 'too_long', limit: 10 }]);
  });

  it('stores Unicode and markup exactly as sent, and phones as E.164', async () => {
    const { client, etag } = await signedIn();
    const lastName = 'Ozoliņa-Šķēle 🌲 ‏مريم‏';
    const firstName = '<script>alert(1)</script>';
    const { status, body } = await patch(client, { firstName, lastName: `  ${lastName} `, phone: '+371 (2) 000-0009' }, etag);
    expect(status).toBe(200);
    expect(body.firstName).toBe(firstName);
    expect(body.lastName).toBe(lastName);
    expect(body.phone).toBe('+37120000009');
  });

  it('refuses control characters in names and address lines (SingleLineText), and stores nothing', async () => {
    const { client, etag } = await signedIn();
    const { status, body } = await patch(
      client,
      {
        firstName: 'An\u0000na',
        lastName: 'Bērziņa\nEvil',
        addresses: [addressInput({ line1: 'Parauga\tiela 9', label: 'Mājas\u001b[31m', line2: 'ok\u007f' })],
      },
      etag,
    );
    expect(status).toBe(422);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'firstName', code: 'invalid_format' },
        { field: 'lastName', code: 'invalid_format' },
        { field: 'addresses.0.line1', code: 'invalid_format' },
        { field: 'addresses.0.label', code: 'invalid_format' },
        { field: 'addresses.0.line2', code: 'invalid_format' },
      ]),
    );
    const after = await client.json<Profile>('/api/v1/me/profile');
    expect(after.body.firstName).toBe('Anna');
  });

  it('keeps addresses by id, creates new ones and requires exactly one default', async () => {
    const { client, profile, etag } = await signedIn();
    const [home] = profile.addresses;
    const { status, body } = await patch(
      client,
      { addresses: [{ ...home, isDefault: false }, addressInput({ label: 'Darbs' })] },
      etag,
    );
    expect(status).toBe(200);
    expect(body.addresses).toHaveLength(2);
    expect(body.addresses[0]?.id).toBe(home?.id);
    expect(body.addresses[1]?.id).not.toBe(home?.id);
    expect(body.addresses[1]).toMatchObject({ label: 'Darbs', city: 'Liepāja', isDefault: true });
  });

  it('changes the language of the session customer too, and logs the change', async () => {
    const { client, etag } = await signedIn();
    expect((await patch(client, { language: 'lv' }, etag)).status).toBe(200);
    const { body: session } = await client.json<Session>('/api/v1/session');
    expect(session.customer?.language).toBe('lv');
    const { body: activity } = await client.json<ActivityPage>('/api/v1/me/activity?limit=1');
    expect(activity.items[0]).toMatchObject({ type: 'profile_updated', detail: 'language' });
  });
});
