import type { FieldError } from '../../../src/api/types';
import { problem, validationFailed } from './problem';
import { requestContract } from './request-contract.gen';

// Plumbing for the checks a handler makes beyond the contract's (request-validation.ts holds
// those): reading a JSON body and collecting field errors into one 422.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string, code: FieldError['code'], limit?: number): void {
    this.list.push(limit === undefined ? { field, code } : { field, code, limit });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  response(): Response {
    return validationFailed(this.list);
  }
}

type BodyRead = { ok: true; body: unknown } | { ok: false; response: Response };

/** How deep JSON nests, counted without recursion (a hostile body may nest 100,000 levels). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isJsonMediaType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (type?.endsWith('+json') ?? false);
}

/**
 * Reads a JSON body within the contract's limits (`x-request-limits`): JSON only (415), at most
 * so many bytes (413, refused by its Content-Length before reading where it says so), readable
 * and not nested too deep (400). An empty body reads as undefined.
 */
export async function readJsonBody(request: Request): Promise<BodyRead> {
  const { maxBodyBytes, maxJsonDepth } = requestContract.limits;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBodyBytes) return { ok: false, response: problem(413, 'payload_too_large') };
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes) return { ok: false, response: problem(413, 'payload_too_large') };
  if (bytes.byteLength === 0) return { ok: true, body: undefined };
  if (!isJsonMediaType(request.headers.get('content-type'))) return { ok: false, response: problem(415, 'unsupported_media_type') };
  let body: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, response: problem(400, 'bad_request', { detail: 'The request body is not valid JSON.' }) };
  }
  if (jsonDepth(body) > maxJsonDepth) return { ok: false, response: problem(400, 'bad_request', { detail: `The JSON nests deeper than ${maxJsonDepth} levels.` }) };
  return { ok: true, body };
}

/** Same as readJsonBody, but the body must be a JSON object. */
export async function readJsonObject(request: Request): Promise<{ ok: true; body: JsonObject } | { ok: false; response: Response }> {
  const result = await readJsonBody(request);
  if (!result.ok) return result;
  if (!isObject(result.body)) return { ok: false, response: validationFailed([], 'The request body must be a JSON object.') };
  return { ok: true, body: result.body };
}
