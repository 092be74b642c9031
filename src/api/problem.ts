import { ApiError, type FieldProblem } from './api-error';

// Turns a failed HTTP response into an ApiError. Tolerant of backends that answer without a
// problem body (a proxy's 502 page, say): the status alone still gives a usable code.

const fallbackCodes: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  412: 'precondition_failed',
  422: 'validation_failed',
  428: 'precondition_required',
  429: 'rate_limited',
  503: 'unavailable',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldErrors(errors: unknown): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  if (!Array.isArray(errors)) return result;
  for (const entry of errors) {
    if (!isRecord(entry) || typeof entry.field !== 'string' || typeof entry.code !== 'string') continue;
    // Keep the first problem per field: one message at a time is what the form shows.
    if (result[entry.field]) continue;
    result[entry.field] = typeof entry.limit === 'number' ? { code: entry.code, limit: entry.limit } : { code: entry.code };
  }
  return result;
}

function readRetryAfter(response: Response, body: Record<string, unknown>): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim());
  if (header) {
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : undefined;
}

export function problemToError(response: Response, body: unknown): ApiError {
  const record = isRecord(body) ? body : {};
  const code =
    typeof record.code === 'string'
      ? record.code
      : (fallbackCodes[response.status] ?? (response.status >= 500 ? 'internal' : 'unknown'));
  return new ApiError({
    status: response.status,
    code,
    title: typeof record.title === 'string' ? record.title : undefined,
    detail: typeof record.detail === 'string' ? record.detail : undefined,
    fieldErrors: readFieldErrors(record.errors),
    retryAfterSeconds: readRetryAfter(response, record),
    body,
  });
}

export function networkError(cause: unknown): ApiError {
  return new ApiError({ status: 0, code: 'network', detail: cause instanceof Error ? cause.message : undefined });
}
