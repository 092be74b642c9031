import { nowIso } from '../../clock';
import { getDb } from '../../db';
import { hashSeed } from '../../fixtures/random';
import type { IdempotencyRecord } from '../../model';
import { problem } from './problem';
import { FieldErrors, readJsonObject, type JsonObject } from './validate';

// Idempotency-Key handling: the same key and body replays the first result; the same key with
// another body is refused. Bodies are kept only as a fingerprint (they may hold a password).

export function readIdempotencyKey(request: Request): { ok: true; key: string } | { ok: false; response: Response } {
  const key = request.headers.get('idempotency-key');
  const errors = new FieldErrors();
  if (key === null || key.trim() === '') errors.add('Idempotency-Key', 'required');
  else if (key.length < 8) errors.add('Idempotency-Key', 'too_short', 8);
  else if (key.length > 128) errors.add('Idempotency-Key', 'too_long', 128);
  if (!errors.empty || key === null) return { ok: false, response: errors.response() };
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
export interface IdempotentAttempt {
  body: JsonObject;
  /** The earlier attempt with this key and body, if any: answer as it was answered. */
  earlier: IdempotencyRecord | null;
  remember: (outcome: Outcome) => void;
}

/** For an owner and scope, given the key and body already read: replay, refuse (same key, other body) or go on. */
export function idempotentAttempt(ownerId: string, scope: Scope, key: string, body: JsonObject): { ok: true; attempt: IdempotentAttempt } | { ok: false; response: Response } {
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

/** Reads the Idempotency-Key and the JSON body of a request, then as idempotentAttempt. */
export async function readIdempotentJson(
  request: Request,
  ownerId: string,
  scope: Scope,
): Promise<{ ok: true; attempt: IdempotentAttempt } | { ok: false; response: Response }> {
  const key = readIdempotencyKey(request);
  if (!key.ok) return key;
  const parsed = await readJsonObject(request);
  if (!parsed.ok) return parsed;
  return idempotentAttempt(ownerId, scope, key.key, parsed.body);
}
