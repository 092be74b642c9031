import { nowIso } from '../../clock';
import { getDb } from '../../db';
import { hashSeed } from '../../fixtures/random';
import type { IdempotencyRecord } from '../../model';
import { problem } from './problem';
import { FieldErrors } from './validate';

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

export function fingerprint(body: unknown): string {
  const text = canonical(body);
  return `${hashSeed(text).toString(16)}-${hashSeed(`salt:${text}`).toString(16)}-${text.length}`;
}

export type Replay = { kind: 'none' } | { kind: 'replay'; record: IdempotencyRecord } | { kind: 'conflict'; response: Response };

export function lookupIdempotent(ownerId: string, scope: IdempotencyRecord['scope'], key: string, print: string): Replay {
  const record = getDb().idempotency.find((item) => item.ownerId === ownerId && item.scope === scope && item.key === key);
  if (!record) return { kind: 'none' };
  if (record.fingerprint !== print) return { kind: 'conflict', response: problem(422, 'idempotency_key_reused') };
  return { kind: 'replay', record };
}

export function rememberIdempotent(record: Omit<IdempotencyRecord, 'createdAt'>): void {
  getDb().idempotency.push({ ...record, createdAt: nowIso() });
}
