import { strFromU8, unzipSync } from 'fflate';
import { advanceClock, freezeClock } from '../../mocks/clock';
import { csvCell } from '../../mocks/domain/csv';
import type { Export, ExportList, OrderPage, Problem } from '../../src/api/types';
import { createClient, type MockClient, setupMockServer } from '../utils/mock-fetch';

setupMockServer();
// Only advanceClock() moves an export on: real time spent by a busy machine between two requests must not.
beforeEach(() => freezeClock());

async function signedIn(email = 'anna@example.com'): Promise<MockClient> {
  const client = createClient();
  await client.signIn(email);
  return client;
}

function requestExport(client: MockClient, key: string, body: unknown = { format: 'json', categories: null }) {
  return client.json<Export & Partial<Omit<Problem, 'status'>>>('/api/v1/me/exports', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
}

async function ready(client: MockClient, key: string, body?: unknown): Promise<Export> {
  const created = await requestExport(client, key, body);
  advanceClock(20_000);
  return (await client.json<Export>(`/api/v1/me/exports/${created.body.id}`)).body;
}

describe('mock backend: data exports', () => {
  it('progresses from queued through preparing to ready on the mock clock', async () => {
    const client = await signedIn();
    const created = await requestExport(client, 'key-progress-1');
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'queued', progress: 0, readyAt: null, fileName: null });
    const url = `/api/v1/me/exports/${created.body.id}`;
    advanceClock(2_500);
    const halfway = (await client.json<Export>(url)).body;
    expect(halfway).toMatchObject({ status: 'preparing', progress: 50 });
    advanceClock(2_100);
    const done = (await client.json<Export>(url)).body;
    expect(done).toMatchObject({ status: 'ready', progress: 100 });
    expect(done.fileName).toMatch(/^aptolux-data-export-\d{4}-\d{2}-\d{2}\.json$/);
    expect(done.sizeBytes).toBeGreaterThan(1000);
    const list = (await client.json<ExportList>('/api/v1/me/exports')).body;
    expect(list.items.map((item) => item.id)).toEqual([created.body.id]);
  });

  it('is idempotent by key, refuses a reused key with another body, and needs a key', async () => {
    const client = await signedIn();
    const first = await requestExport(client, 'key-idem-0001');
    const again = await requestExport(client, 'key-idem-0001');
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    const reused = await requestExport(client, 'key-idem-0001', { format: 'csv_zip', categories: null });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    const missing = await client.json<Problem>('/api/v1/me/exports', { method: 'POST', body: { format: 'json', categories: null } });
    expect(missing.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'Idempotency-Key', code: 'required' }] });
    expect((await client.json<ExportList>('/api/v1/me/exports')).body.items).toHaveLength(1);
  });

  it('allows 3 exports an hour', async () => {
    const client = await signedIn();
    for (const key of ['key-rate-0001', 'key-rate-0002', 'key-rate-0003']) expect((await requestExport(client, key)).status).toBe(202);
    const limited = await requestExport(client, 'key-rate-0004');
    expect(limited.status).toBe(429);
    expect(Number(limited.response.headers.get('Retry-After'))).toBeGreaterThan(3500);
  });

  it('downloads the complete JSON only after a recent password confirmation, and expires after 7 days', async () => {
    const client = await signedIn();
    const exported = await ready(client, 'key-download-1');
    const url = `/api/v1/me/exports/${exported.id}/download`;
    // The 20 s of preparation are within the 5 minutes of the sign-in's confirmation; go past them.
    advanceClock(5 * 60_000);
    expect((await client.json<Problem>(url)).body.code).toBe('reauth_required');
    await client.request('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'privacy-demo' } });
    const response = await client.request(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${exported.fileName}"`);
    const file = (await response.json()) as { schemaVersion: string; organization: { name: string }; categories: Record<string, { items?: unknown[]; record?: unknown; legalBasis: string; recipients: unknown[] }> };
    expect(file.schemaVersion).toBe('1.1');
    expect(file.organization.name).toBe('Aptolux');
    expect(Object.keys(file.categories)).toEqual(['identity', 'contact', 'addresses', 'account', 'orders', 'payment_methods', 'reviews', 'communications', 'technical', 'consents']);
    expect(file.categories.orders?.items).toHaveLength(25);
    expect(file.categories.orders?.legalBasis).toBe('contract');
    expect(file.categories.identity?.record).toEqual({ firstName: 'Anna', lastName: 'Bērziņa' });

    advanceClock(7 * 86_400_000);
    // A week later the session is long gone too: sign in again (which also confirms the password).
    await client.signIn('anna@example.com');
    const gone = await client.json<Problem>(url);
    expect(gone.status).toBe(410);
    expect((await client.json<Export>(`/api/v1/me/exports/${exported.id}`)).body.status).toBe('expired');
  });

  it('builds a ZIP of UTF-8 CSV files with a README and field descriptions', async () => {
    const client = await signedIn();
    const exported = await ready(client, 'key-zip-00001', { format: 'csv_zip', categories: ['identity', 'orders', 'consents'] });
    const page = (await client.json<OrderPage>('/api/v1/me/orders?limit=100')).body;
    const orderLines = page.items.reduce((sum, order) => sum + order.items.length, 0);
    await client.request('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'privacy-demo' } });
    const response = await client.request(`/api/v1/me/exports/${exported.id}/download`);
    expect(response.headers.get('Content-Type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'consent_history.csv', 'consents.csv', 'fields.csv', 'identity.csv', 'orders.csv']);
    const identity = files['identity.csv'] ?? new Uint8Array();
    expect([...identity.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // strFromU8 (TextDecoder) drops the byte order mark.
    expect(strFromU8(identity)).toBe('field,value\r\nfirstName,Anna\r\nlastName,Bērziņa\r\n');
    const orders = strFromU8(files['orders.csv'] ?? new Uint8Array()).split('\r\n');
    expect(orders).toHaveLength(1 + orderLines + 1);
    expect(orders[0]).toBe('orderId,number,placedAt,status,orderTotal,currency,itemName,quantity,unitPrice,shippingRecipient,shippingLine1,shippingLine2,shippingCity,shippingPostalCode,shippingCountry,paymentMethod,fileIds');
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Grāmatvedības likums');
  });

  it('exports every one of the 10,000 orders of the bulk customer', async () => {
    const client = await signedIn('bulk@example.com');
    const created = await requestExport(client, 'key-bulk-00001');
    advanceClock(4_600);
    expect((await client.json<Export>(`/api/v1/me/exports/${created.body.id}`)).body.status).toBe('preparing');
    advanceClock(8_000);
    const exported = (await client.json<Export>(`/api/v1/me/exports/${created.body.id}`)).body;
    expect(exported.status).toBe('ready');
    await client.request('/api/v1/session/confirm-password', { method: 'POST', body: { password: 'privacy-demo' } });
    const file = (await (await client.request(`/api/v1/me/exports/${exported.id}/download`)).json()) as { categories: { orders: { items: unknown[] }; reviews: { items: unknown[] } } };
    expect(file.categories.orders.items).toHaveLength(10_000);
    expect(file.categories.reviews.items).toHaveLength(500);
  });

  it('writes CSV cells safely: quoting and no formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+37120000001')).toBe("'+37120000001");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('Jūrmala_saulriets.jpg')).toBe('Jūrmala_saulriets.jpg');
    expect(csvCell(null)).toBe('');
  });
});
