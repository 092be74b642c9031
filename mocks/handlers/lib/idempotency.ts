import { nowIso } from '../../clock';
import { getDb } from '../../db';
import { hashSeed } from '../../fixtures/random';
import type { IdempotencyRecord } from '../../model';
import { problem, validationFailed } from './problem';
import { parameterErrors, readContractBody, type JsonBodyOf, type OperationId } from './request-validation';
import type { JsonObject } from './validate';

// Idempotency-Key handling: the same key and body replays the first result; the same key with
// another body is refused. Bodies are kept only as a fingerprint (they may hold a password).

/** The operation's Idempotency-Key header, checked against the contract's rule for it. */
export function readIdempotencyKey(request: Request, operationId: OperationId): { ok: true; key: string } | { ok: false; response: Response } {
  const key = request.headers.get('idempotency-key');
  const errors = parameterErrors(operationId, request).filter((error) => error.field === 'Idempotency-Key');
  if (errors.length > 0 || key === null) return { ok: false, response: validationFailed(errors) };
  return { ok: true, key };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function fingerprint(body: unknown): string {
  const text = canonical(body);
  return `${hashSeed(text).toString(16)}-${hashSeed(`salt:${text}`).toString(16)}-${text.length}`;
}

type Replay = { kind: 'none' } | { kind: 'replay'; record: IdempotencyRecord } | { kind: 'conflict'; response: Response };

function lookupIdempotent(ownerId: string, scope: IdempotencyRecord['scope'], key: string, print: string): Replay {
  const record = getDb().idempotency.find((item) => item.ownerId === ownerId && item.scope === scope && item.key === key);
  if (!record) return { kind: 'none' };
  if (record.fingerprint !== print) return { kind: 'conflict', response: problem(422, 'idempotency_key_reused') };
  return { kind: 'replay', record };
}

function rememberIdempotent(record: Omit<IdempotencyRecord, 'createdAt'>): void {
  getDb().idempotency.push({ ...record, createdAt: nowIso() });
}

type Scope = IdempotencyRecord['scope'];
type Outcome = Pick<IdempotencyRecord, 'status' | 'resourceId' | 'body'>;

/** One attempt of an idempotent POST: its body, the earlier answer to the same key, and a way to remember this one's. */
export interface IdempotentAttempt<Body = JsonObject> {
  body: Body;
  /** The earlier attempt with this key and body, if any: answer as it was answered. */
  earlier: IdempotencyRecord | null;
  remember: (outcome: Outcome) => void;
}

/** For an owner and scope, given the key and body already read: replay, refuse (same key, other body) or go on. */
export function idempotentAttempt<Body extends JsonObject>(
  ownerId: string,
  scope: Scope,
  key: string,
  body: Body,
): { ok: true; attempt: IdempotentAttempt<Body> } | { ok: false; response: Response } {
  const print = fingerprint(body);
  const found = lookupIdempotent(ownerId, scope, key, print);
  if (found.kind === 'conflict') return { ok: false, response: found.response };
  return {
    ok: true,
    attempt: {
      body,
      earlier: found.kind === 'replay' ? found.record : null,
      remember: (outcome) => rememberIdempotent({ ownerId, scope, key, fingerprint: print, ...outcome }),
    },
  };
}

/** Reads the Idempotency-Key and the body (both checked against the contract), then as idempotentAttempt. */
export async function readIdempotentJson<Op extends OperationId>(
  request: Request,
  ownerId: string,
  scope: Scope,
  operationId: Op,
): Promise<{ ok: true; attempt: IdempotentAttempt<JsonBodyOf<Op>> } | { ok: false; response: Response }> {
  const key = readIdempotencyKey(request, operationId);
  if (!key.ok) return key;
  const parsed = await readContractBody(request, operationId);
  if (!parsed.ok) return parsed;
  return idempotentAttempt(ownerId, scope, key.key, parsed.body);
}
