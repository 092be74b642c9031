import { request as httpRequest } from 'node:http';
import { startDemoApi, switchOffInProcessMocks, type DemoApiServer } from '../utils/demo-api-server';

// The demo backend as a real HTTP server is the reference an operator compares theirs with: a
// request it cannot read gets a 4xx problem it can read — never a 500, never a hung connection.
switchOffInProcessMocks();

let server: DemoApiServer;
beforeAll(async () => {
  server = await startDemoApi();
}, 30_000);
afterAll(() => server.stop());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port: Number(server.baseUrl.port), method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // A server that refuses early may close before the whole body is sent; the answer counts.
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (body) sent.write(body);
    sent.end();
  });
}

function expectProblem(answer: Raw, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(JSON.parse(answer.body)).toMatchObject({ status, code });
}

describe('the demo backend at the HTTP edge', () => {
  it('refuses TRACE (which would echo the cookies back) with a problem', async () => {
    expectProblem(await raw('TRACE', '/api/v1/session', { Cookie: 'pp_session=secret' }), 400, 'bad_request');
  });

  it('answers a Host header that makes no URL with 400', async () => {
    expectProblem(await raw('GET', '/api/v1/session', { Host: 'exa mple.com' }), 400, 'bad_request');
  });

  it('refuses a body over the contract limit by its Content-Length, before reading it', async () => {
    const answer = await raw('POST', '/api/v1/session', { 'Content-Type': 'application/json', 'Content-Length': String(10 * 1024 * 1024) }, Buffer.from('{"email":'));
    expectProblem(answer, 413, 'payload_too_large');
    expect(answer.headers.connection).toBe('close');
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const big = Buffer.from(JSON.stringify({ email: 'a'.repeat(100_000), password: 'x' }));
    expectProblem(await raw('POST', '/api/v1/session', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, big), 413, 'payload_too_large');
  });

  it('answers an unknown API address with a 404 problem, and every API answer is never cached or sniffed', async () => {
    const answer = await raw('GET', '/api/v1/no-such-thing');
    expectProblem(answer, 404, 'not_found');
    expect(answer.headers['cache-control']).toBe('no-store');
    const session = await raw('GET', '/api/v1/session');
    expect(session.status).toBe(200);
    expect(session.headers['x-content-type-options']).toBe('nosniff');
  });

  it('reads a malformed percent-encoding in an API path as a problem, not a crash', async () => {
    expectProblem(await raw('GET', '/api/v1/me/requests/%E0%A4%A'), 400, 'bad_request');
  });

  it('takes the client address from the connection, not from an X-Forwarded-For the client wrote', async () => {
    expect(await signedInAddress(server, '203.0.113.66')).toBe('127.0.0.1');
  });
});

describe('the demo backend behind a trusted proxy (PORTAL_TRUST_PROXY=1)', () => {
  let proxied: DemoApiServer;
  beforeAll(async () => {
    proxied = await startDemoApi({ PORTAL_TRUST_PROXY: '1' });
  }, 30_000);
  afterAll(() => proxied.stop());

  it('takes the client address from the first X-Forwarded-For entry', async () => {
    expect(await signedInAddress(proxied, '203.0.113.66, 10.0.0.1')).toBe('203.0.113.66');
  });
});

/** Signs Anna in over real HTTP with the given X-Forwarded-For; answers the address her session shows. */
async function signedInAddress(target: DemoApiServer, forwardedFor: string): Promise<string | undefined> {
  const base = `http://127.0.0.1:${target.baseUrl.port}/api/v1`;
  const cookieOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const anonymous = await fetch(`${base}/session`);
  const { csrfToken } = (await anonymous.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, Cookie: cookieOf(anonymous), 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ email: 'anna@example.com', password: 'privacy-demo' }),
  });
  expect(signIn.status).toBe(200);
  const sessions = await fetch(`${base}/me/sessions`, { headers: { Cookie: cookieOf(signIn) } });
  const { items } = (await sessions.json()) as { items: { current: boolean; ipAddress: string }[] };
  return items.find((item) => item.current)?.ipAddress;
}

