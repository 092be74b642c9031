import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetClock } from '../../mocks/clock';
import { seed } from '../../mocks/db';
import { clearFaults } from '../../mocks/faults';
import type { TenantId } from '../../mocks/model';
import { server } from '../../mocks/node';
import type { Session } from '../../src/api/types';

// A tiny browser stand-in for talking to the mock backend with plain fetch: it keeps its own
// cookie jar (from Set-Cookie), remembers the CSRF token and sends both back. Each client has its
// own origin, so msw's shared cookie store cannot hand one client's cookie to another.

let clients = 0;

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the remembered CSRF token (default: on unsafe methods). */
  csrf?: boolean;
}

export interface MockClient {
  readonly origin: string;
  readonly cookies: Map<string, string>;
  csrfToken: string | null;
  /** Sent with every request, as a browser sends its User-Agent (or Sec-GPC) every time. */
  defaultHeaders: Record<string, string>;
  request(path: string, options?: RequestOptions): Promise<Response>;
  json<T>(path: string, options?: RequestOptions): Promise<{ status: number; body: T; response: Response }>;
  session(): Promise<Session>;
  signIn(email: string, password?: string): Promise<Response>;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createClient(): MockClient {
  clients += 1;
  const origin = `http://client-${clients}.localhost`;
  const cookies = new Map<string, string>();

  const client: MockClient = {
    origin,
    cookies,
    csrfToken: null,
    defaultHeaders: {},
    async request(path, options = {}) {
      const method = (options.method ?? 'GET').toUpperCase();
      const headers = new Headers({ ...client.defaultHeaders, ...options.headers });
      if (cookies.size > 0) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      if ((options.csrf ?? unsafe.has(method)) && client.csrfToken) headers.set('X-CSRF-Token', client.csrfToken);
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      }
      const response = await fetch(`${origin}${path}`, { method, headers, body });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const name = pair.slice(0, pair.indexOf('=')).trim();
        const value = pair.slice(pair.indexOf('=') + 1).trim();
        const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
        if (expired || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    },
    async json<T>(path: string, options: RequestOptions = {}) {
      const response = await client.request(path, options);
      const text = await response.clone().text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T, response };
    },
    async session() {
      const { body } = await client.json<Session>('/api/v1/session');
      client.csrfToken = body.csrfToken;
      return body;
    },
    async signIn(email, password = 'privacy-demo') {
      await client.session();
      const response = await client.request('/api/v1/session', { method: 'POST', body: { email, password } });
      if (response.ok) client.csrfToken = ((await response.clone().json()) as Session).csrfToken;
      return response;
    },
  };
  return client;
}

/** The mock mailbox (e-mail change codes), newest first. */
export async function mailbox(): Promise<{ to: string; code: string | null; subject: string }[]> {
  const response = await fetch('http://localhost/api/__mock/mailbox');
  return ((await response.json()) as { messages: { to: string; code: string | null; subject: string }[] }).messages;
}

/**
 * Starts msw/node for a test file unless tests/setup.ts already did, and gives every test a
 * freshly seeded tenant, the real clock and no faults.
 */
export function setupMockServer(tenant: TenantId = 'aptolux'): void {
  let started = false;
  beforeAll(() => {
    try {
      server.listen({ onUnhandledRequest: 'error' });
      started = true;
    } catch {
      // Already listening (the shared setup file starts the same server).
    }
  });
  beforeEach(() => {
    resetClock();
    clearFaults();
    seed(tenant);
  });
  afterAll(() => {
    if (started) server.close();
  });
}
