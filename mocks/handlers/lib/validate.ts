import type { FieldError } from '../../../src/api/types';
import { validationFailed } from './problem';

// Small request-validation helpers. Lengths count Unicode code points (as JSON Schema does), so
// "Bērziņa" is 7 characters and an emoji is one.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function length(text: string): number {
  return [...text].length;
}

export class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string, code: FieldError['code'], limit?: number): void {
    this.list.push(limit === undefined ? { field, code } : { field, code, limit });
  }

  has(field: string): boolean {
    return this.list.some((error) => error.field === field || error.field.startsWith(`${field}.`));
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  response(): Response {
    return validationFailed(this.list);
  }
}

/** Unknown properties are an error (the contract's schemas are closed). */
export function rejectUnknownKeys(body: JsonObject, allowed: readonly string[], errors: FieldErrors, prefix = ''): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) errors.add(`${prefix}${key}`, 'invalid_value');
}

export interface StringRule {
  min?: number;
  max?: number;
  trim?: boolean;
}

/** Checks a required string; returns it (trimmed if asked) or undefined after recording an error. */
export function readString(value: unknown, field: string, errors: FieldErrors, rule: StringRule = {}): string | undefined {
  if (value === undefined || value === null) {
    errors.add(field, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.add(field, 'invalid_value');
    return undefined;
  }
  const text = rule.trim ? value.trim() : value;
  const min = rule.min ?? 0;
  if (length(text) < min) {
    errors.add(field, min === 1 ? 'required' : 'too_short', min === 1 ? undefined : min);
    return undefined;
  }
  if (rule.max !== undefined && length(text) > rule.max) {
    errors.add(field, 'too_long', rule.max);
    return undefined;
  }
  return text;
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

const emailPattern = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/;

export function isEmail(text: string): boolean {
  return emailPattern.test(text) && length(text) <= 254;
}
