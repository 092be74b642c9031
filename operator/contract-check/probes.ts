import { randomUUID } from 'node:crypto';
import { isRecord, loadContractDocument, resolvePointer } from '../contract/validate-response';
import { type Answer, type CheckClient, codeOf, describe } from './client';
import type { CheckContext, Json } from './context';

// The checks several operations share: sign-in, CSRF refusal, password confirmation, idempotency
// keys and cursor pagination. Each records its own findings in the report.

export const newKey = () => `contract-check-${randomUUID()}`;

export function bodyOf(answer: Answer): Json {
  return isRecord(answer.body) ? answer.body : {};
}

/** The session cookie's name as the document declares it (`pp_session` in the demo). */
export function sessionCookieName(): string {
  const scheme = resolvePointer(loadContractDocument(), '#/components/securitySchemes/sessionCookie');
  return isRecord(scheme) && typeof scheme.name === 'string' ? scheme.name : 'session';
}

/** The attributes of the session cookie in a Set-Cookie list, lower-cased, or null when absent. */
export function sessionCookieLine(answer: Answer): string | null {
  const name = sessionCookieName();
  return answer.setCookies.find((line) => line.trim().startsWith(`${name}=`)) ?? null;
}

/** GET /session (for a CSRF token and an anonymous session), then POST /session. */
export async function signIn(client: CheckClient, account: { email: string; password: string }): Promise<Answer | null> {
  const session = await client.call('getSession', 'GET', '/session');
  const token = bodyOf(session).csrfToken;
  client.csrfToken = typeof token === 'string' ? token : null;
  const answer = await client.call('signIn', 'POST', '/session', { body: { email: account.email, password: account.password } });
  if (answer.status !== 200) return null;
  const signedInToken = bodyOf(answer).csrfToken;
  if (typeof signedInToken === 'string') client.csrfToken = signedInToken;
  return answer;
}

export interface UnsafeCall {
  operationId: string;
  method: string;
  path: string;
  body?: unknown;
  /** Fresh headers per attempt (an Idempotency-Key must not be reused across probes). */
  headers?: () => Record<string, string>;
}

/**
 * An unsafe request without the CSRF token and with a wrong one must be refused with 403 `csrf`
 * and change nothing (`observe` reads what the request would have changed, before and after).
 */
export async function probeCsrf(context: CheckContext, client: CheckClient, call: UnsafeCall, observe?: () => Promise<unknown>): Promise<void> {
  const { report } = context;
  const before = observe ? JSON.stringify(await observe()) : null;
  for (const mode of ['none', 'wrong'] as const) {
    const answer = await client.call(call.operationId, call.method, call.path, { body: call.body, headers: call.headers?.(), csrf: mode });
    const how = mode === 'none' ? 'without X-CSRF-Token' : 'with a wrong X-CSRF-Token';
    if (answer.status === 403 && codeOf(answer) === 'csrf') report.pass(call.operationId, 'csrf');
    else report.fail(call.operationId, 'csrf', `${how}: expected 403 csrf, got ${describe(answer)}`, 'status');
  }
  if (observe && before !== JSON.stringify(await observe())) {
    report.fail(call.operationId, 'csrf', 'a request without a valid CSRF token changed the data');
  }
}

/**
 * A sensitive action must answer 403 `reauth_required` when the password was not confirmed
 * recently. A backend that counts a fresh sign-in as a confirmation (as the demo does) can only
 * be checked once that has aged, which the contract gives no way to do: then "not checked".
 * Afterwards the password is confirmed so the action itself can be exercised.
 */
export async function probeReauth(context: CheckContext, client: CheckClient, operationId: string, attempt: () => Promise<Answer>): Promise<void> {
  const session = bodyOf(await client.call('getSession', 'GET', '/session'));
  if (typeof session.elevatedUntil === 'string') {
    context.report.notChecked(
      operationId,
      'reauth',
      `the session counts as password-confirmed until ${session.elevatedUntil} (a fresh sign-in confirms it) and the contract offers no way to age that`,
    );
  } else {
    const answer = await attempt();
    if (answer.status === 403 && codeOf(answer) === 'reauth_required') context.report.pass(operationId, 'reauth');
    else context.report.fail(operationId, 'reauth', `without a recent password confirmation: expected 403 reauth_required, got ${describe(answer)}`, 'status');
  }
  await confirmPassword(client, context.options.first.password);
}

export async function confirmPassword(client: CheckClient, password: string): Promise<Answer> {
  return client.call('confirmPassword', 'POST', '/session/confirm-password', { body: { password } });
}

/**
 * Same key and body → the same resource; same key and another body → 422
 * `idempotency_key_reused`. Returns the first answer.
 */
export async function probeIdempotency(
  context: CheckContext,
  client: CheckClient,
  call: {
    operationId: string;
    method: string;
    path: string;
    body: unknown;
    otherBody: unknown;
    expected: number[];
    /** Runs after each request that succeeds (scheduling a deletion ends the session: sign in again). */
    after?: () => Promise<void>;
  },
): Promise<Answer> {
  const { report } = context;
  const key = newKey();
  const headers = { 'Idempotency-Key': key };
  const first = await client.call(call.operationId, call.method, call.path, { body: call.body, headers });
  if (first.status === 429) {
    const retry = first.headers.get('retry-after');
    report.notChecked(call.operationId, 'idempotency', `the backend's rate limit answered 429${retry ? ` (Retry-After ${retry} s)` : ''}; run the check again later`);
    return first;
  }
  if (!call.expected.includes(first.status)) {
    report.fail(call.operationId, 'idempotency', `the first request: expected ${call.expected.join(' or ')}, got ${describe(first)}`, 'status');
    return first;
  }
  await call.after?.();
  const again = await client.call(call.operationId, call.method, call.path, { body: call.body, headers });
  await call.after?.();
  const firstId = bodyOf(first).id;
  const againId = bodyOf(again).id;
  if (!call.expected.includes(again.status)) {
    report.fail(call.operationId, 'idempotency', `the same key and body again: expected ${first.status}, got ${describe(again)}`, 'status');
  } else if (firstId !== undefined && firstId !== againId) {
    report.fail(call.operationId, 'idempotency', `the same key and body again made another resource (${String(firstId)} then ${String(againId)})`, 'body/id');
  } else {
    report.pass(call.operationId, 'idempotency');
  }
  const other = await client.call(call.operationId, call.method, call.path, { body: call.otherBody, headers });
  if (other.status === 422 && codeOf(other) === 'idempotency_key_reused') report.pass(call.operationId, 'idempotency');
  else report.fail(call.operationId, 'idempotency', `the same key with another body: expected 422 idempotency_key_reused, got ${describe(other)}`, 'status');
  return first;
}

function identity(item: unknown): string {
  return isRecord(item) && typeof item.id === 'string' ? item.id : JSON.stringify(item);
}

/**
 * Walks a cursor-paginated list page by page: no item twice, none missing (the walk finds
 * `total` items), and the last page says so (`nextCursor: null`). A bad `limit` must be a problem.
 */
export async function probePagination(context: CheckContext, operationId: string, path: string): Promise<void> {
  const { report, first: client } = context;
  const head = bodyOf(await client.call(operationId, 'GET', path, { query: { limit: 1 } }));
  const total = typeof head.total === 'number' ? head.total : null;
  if (total === null) {
    report.fail(operationId, 'pagination', 'the page has no total', 'body/total');
    return;
  }
  const bad = await client.call(operationId, 'GET', path, { query: { limit: 0 } });
  if (bad.status < 400 || bad.status >= 500) report.fail(operationId, 'pagination', `limit=0 should be refused (400 or 422), got ${describe(bad)}`, 'status');
  if (total < 2) {
    report.notChecked(operationId, 'pagination', `the list has ${total} item(s): nothing to page through`);
    return;
  }
  // At most ~20 pages, however long the list (10,000 orders are walked 100 at a time).
  const limit = Math.min(100, Math.max(1, Math.ceil(total / 20)));
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const answer = await client.call(operationId, 'GET', path, { query: cursor ? { limit, cursor } : { limit } });
    const body = bodyOf(answer);
    const items = Array.isArray(body.items) ? body.items : [];
    if (answer.status !== 200) {
      report.fail(operationId, 'pagination', `page ${page + 1}: expected 200, got ${describe(answer)}`, 'status');
      return;
    }
    if (items.length > limit) report.fail(operationId, 'pagination', `page ${page + 1} has ${items.length} items for limit=${limit}`, 'body/items');
    for (const [index, item] of items.entries()) {
      const id = identity(item);
      if (seen.has(id)) {
        report.fail(operationId, 'pagination', `item ${id} came twice while walking the cursors`, `body/items/${index}`);
        return;
      }
      seen.add(id);
    }
    cursor = typeof body.nextCursor === 'string' ? body.nextCursor : null;
    if (cursor === null) break;
  }
  if (cursor !== null) report.fail(operationId, 'pagination', 'the cursors did not end after 200 pages', 'body/nextCursor');
  else if (seen.size !== total) report.fail(operationId, 'pagination', `walking the cursors found ${seen.size} items, the list says total ${total}`, 'body/total');
  else report.pass(operationId, 'pagination', `${total} items in pages of ${limit}`);
}
