// The one error type every API call throws. Components branch on `code` (stable, from the
// contract), never on `title`/`detail` (human text in the backend's language).

export interface FieldProblem {
  code: string;
  limit?: number;
}

export interface ApiErrorInit {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  fieldErrors?: Record<string, FieldProblem>;
  retryAfterSeconds?: number;
  body?: unknown;
}

/** `status` 0 means the request never got an answer (offline, DNS, CORS, aborted by a timeout). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Record<string, FieldProblem>;
  readonly retryAfterSeconds: number | undefined;
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title ?? `${init.status} ${init.code}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  get isServer(): boolean {
    return this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
