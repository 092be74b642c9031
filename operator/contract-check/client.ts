import { isRecord, problemCodes, validateResponse } from '../contract/validate-response';
import type { Report } from './report';

// One signed-in browser, as the check plays it: a cookie jar, the CSRF token, and every answer
// validated against the document (status, headers, body) and, for 4xx/5xx, checked for problem
// details with a code the document names. Node's fetch keeps no cookies, so the jar is ours.

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  /** The raw Set-Cookie lines, for the cookie checks. */
  setCookies: string[];
}

export type CsrfMode = 'token' | 'none' | 'wrong';

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number>;
  /** How to send X-CSRF-Token on an unsafe request (default: the real token). */
  csrf?: CsrfMode;
  /** Send exactly this Cookie header instead of the jar (a cookie from before sign-out). */
  cookie?: string;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `body/items/3/id`, `header ETag` — the part of a validator finding that names the place. */
export function pathOf(finding: string): string | null {
  const header = /^missing required header (\S+)/.exec(finding);
  if (header?.[1]) return `header ${header[1]}`;
  if (/^status \d+ is not documented/.test(finding)) return 'status';
  const match = /^(body\S*|header \S+)/.exec(finding);
  if (!match?.[1]) return null;
  const missing = /must have required property '([^']+)'/.exec(finding);
  return missing ? `${match[1]}/${missing[1]}` : match[1];
}

export class CheckClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(
    readonly baseUrl: URL,
    private readonly report: Report,
    /** Whose browser this is, for the reasons: "first account", "second account". */
    readonly who: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(lines: string[]): void {
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      if (equals < 1) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', raw = ''] = attribute.split('=').map((part) => part.trim());
        if (key.toLowerCase() === 'max-age') return Number(raw) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(raw) <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async call(operationId: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const url = new URL(`${this.baseUrl.pathname.replace(/\/$/, '')}${path}`, this.baseUrl);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json, application/problem+json, */*');
    const cookie = options.cookie ?? this.cookieHeader();
    if (cookie) headers.set('Cookie', cookie);
    if (unsafe.has(method)) {
      const mode = options.csrf ?? 'token';
      if (mode === 'token' && this.csrfToken) headers.set('X-CSRF-Token', this.csrfToken);
      if (mode === 'wrong') headers.set('X-CSRF-Token', 'not-the-token-0000');
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('Content-Type', 'application/json');
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const setCookies = response.headers.getSetCookie();
    if (options.cookie === undefined) this.keepCookies(setCookies);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let parsed: unknown = text === '' ? undefined : text;
    if (type.includes('json') && text !== '') {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    }
    const answer: Answer = { status: response.status, headers: response.headers, body: parsed, setCookies };
    this.validate(operationId, method, url, answer);
    return answer;
  }

  private validate(operationId: string, method: string, url: URL, answer: Answer): void {
    const findings = validateResponse({
      method,
      url: url.href,
      status: answer.status,
      headers: answer.headers,
      body: answer.body,
      basePath: this.baseUrl.pathname,
    });
    const first = findings[0];
    if (first) this.report.fail(operationId, 'schema', `${method} → ${answer.status}: ${first}`, pathOf(first));
    else this.report.pass(operationId, 'schema');

    if (answer.status < 400) return;
    const type = answer.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    const code = isRecord(answer.body) ? answer.body.code : undefined;
    if (type !== 'application/problem+json') {
      this.report.fail(operationId, 'problem', `${answer.status} answered as ${type ?? 'no Content-Type'}, not application/problem+json`, 'header Content-Type');
    } else if (typeof code !== 'string' || !problemCodes().includes(code)) {
      this.report.fail(operationId, 'problem', `${answer.status} with code ${JSON.stringify(code)}, which the document does not name`, 'body/code');
    } else {
      this.report.pass(operationId, 'problem');
    }
  }
}

/** The problem `code` of an answer, if it has one. */
export function codeOf(answer: Answer): string | undefined {
  return isRecord(answer.body) && typeof answer.body.code === 'string' ? answer.body.code : undefined;
}

/** "403 csrf", "200" — how an answer is named in a reason. */
export function describe(answer: Answer): string {
  const code = codeOf(answer);
  return code ? `${answer.status} ${code}` : String(answer.status);
}
