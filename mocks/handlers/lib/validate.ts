import type { FieldError } from '../../../src/api/types';
import { validationFailed } from './problem';

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

/** Reads a JSON body; an unreadable one is a 422 (there is no 400 in the contract). */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    const text = await request.text();
    return { ok: true, body: text.trim() === '' ? undefined : JSON.parse(text) };
  } catch {
    return { ok: false, response: validationFailed([], 'The request body is not valid JSON.') };
  }
}

/** Same as readJsonBody, but the body must be a JSON object. */
export async function readJsonObject(request: Request): Promise<{ ok: true; body: JsonObject } | { ok: false; response: Response }> {
  const result = await readJsonBody(request);
  if (!result.ok) return result;
  if (!isObject(result.body)) return { ok: false, response: validationFailed([], 'The request body must be a JSON object.') };
  return { ok: true, body: result.body };
}
