import { advanceClock } from '../../mocks/clock';
import { seed } from '../../mocks/db';
import type { TenantId } from '../../mocks/model';
import type { Export } from '../../src/api/types';
import { validateResponse } from '../../operator/contract/validate-response';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();

// Every read endpoint, for every demo customer, checked against openapi.yaml — so fixtures that
// drift from the contract (a missing field, a bad enum value) fail here.

const reads = [
  '/session', '/organization', '/organization/policy', '/me/profile', '/me/account', '/me/orders?limit=100', '/me/reviews',
  '/me/communications', '/me/files', '/me/activity', '/me/consents', '/me/consents/download?format=json',
  '/me/payment-methods', '/me/technical', '/me/preferences', '/me/exports', '/me/deletion', '/me/requests',
];

async function check(client: MockClient, path: string, method = 'GET'): Promise<string[]> {
  const response = await client.request(`/api/v1${path}`, { method });
  const text = await response.text();
  const body = (response.headers.get('content-type') ?? '').includes('json') && text ? (JSON.parse(text) as unknown) : undefined;
  return validateResponse({ method, url: response.url || `${client.origin}/api/v1${path}`, status: response.status, headers: response.headers, body });
}

describe.each<[TenantId, string]>([
  ['aptolux', 'anna@example.com'],
  ['aptolux', 'bulk@example.com'],
  ['fotolukss', 'janis@example.lv'],
  ['fotolukss', 'liga@example.lv'],
])('mock backend contract: %s / %s', (tenant, email) => {
  it('answers every read endpoint as the contract documents it', async () => {
    seed(tenant);
    const client = createClient();
    expect((await client.signIn(email)).status).toBe(200);
    const created = await client.json<Export>('/api/v1/me/exports', {
      method: 'POST',
      body: { format: 'json', categories: null },
      headers: { 'Idempotency-Key': `contract-${email}` },
    });
    advanceClock(13_000);
    const problems: string[] = [];
    for (const path of [...reads, `/me/exports/${created.body.id}`]) problems.push(...(await check(client, path)).map((problem) => `${path}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
