import { HttpResponse } from 'msw';
import type { FieldError, Problem, ProblemCode, Profile } from '../../../src/api/types';

// RFC 9457 problem responses with the contract's stable codes.

const titles: Record<ProblemCode, string> = {
  unauthenticated: 'Not signed in',
  invalid_credentials: 'Wrong e-mail or password',
  rate_limited: 'Too many requests',
  csrf: 'Missing or invalid CSRF token',
  reauth_required: 'Password confirmation required',
  validation_failed: 'The request is not valid',
  invalid_password: 'Wrong password',
  invalid_code: 'Wrong code',
  expired_code: 'The code has expired',
  code_attempts_exhausted: 'Too many wrong codes',
  email_mismatch: 'The e-mail address does not match the account',
  precondition_failed: 'The resource changed since it was read',
  precondition_required: 'If-Match header required',
  not_found: 'Not found',
  gone: 'No longer available',
  conflict: 'Not possible in the current state',
  deletion_pending: 'The account is scheduled for deletion',
  idempotency_key_reused: 'Idempotency key reused with a different request',
  internal: 'Internal server error',
  unavailable: 'Service temporarily unavailable',
  bad_request: 'The request cannot be read',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'The request body must be JSON',
};

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  current?: Profile;
  headers?: Record<string, string>;
}

export function problem(status: number, code: ProblemCode, options: ProblemOptions = {}): Response {
  const body: Problem = { type: `/problems/${code.replace(/_/g, '-')}`, title: titles[code], status, code };
  if (options.detail !== undefined) body.detail = options.detail;
  if (options.errors !== undefined) body.errors = options.errors;
  if (options.retryAfterSeconds !== undefined) body.retryAfterSeconds = options.retryAfterSeconds;
  if (options.current !== undefined) body.current = options.current;
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json', ...options.headers };
  if (options.retryAfterSeconds !== undefined) headers['Retry-After'] = String(options.retryAfterSeconds);
  return HttpResponse.json(body, { status, headers });
}

export function validationFailed(errors: FieldError[], detail?: string): Response {
  return problem(422, 'validation_failed', detail === undefined ? { errors } : { errors, detail });
}

export function fieldProblem(code: ProblemCode, field: string, fieldCode: FieldError['code'] = 'invalid_value'): Response {
  return problem(422, code, { errors: [{ field, code: fieldCode }] });
}

export function notFound(detail?: string): Response {
  return problem(404, 'not_found', detail === undefined ? {} : { detail });
}

export function rateLimited(retryAfterSeconds: number): Response {
  return problem(429, 'rate_limited', { retryAfterSeconds });
}
