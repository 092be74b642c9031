// A deliberate mistake the demo backend can make, to prove the conformance check catches it.
// Only the demo HTTP server (mocks/http.ts) loads these: never the browser worker, never dist/.

export interface Defect {
  name: string;
  /** What a backend with this mistake gets wrong, and which check should say so. */
  description: string;
  /** May rewrite the request before the handlers see it. `answer` asks the real handlers. */
  request?(request: Request, answer: (request: Request) => Promise<Response>): Promise<Request> | Request;
  /** May rewrite the handlers' answer. */
  response?(request: Request, response: Response): Promise<Response> | Response;
}

export function apiRoute(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/v1/, '');
}

export function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** A copy of a request with some headers changed (Request headers are immutable). */
export async function withHeaders(request: Request, change: (headers: Headers) => void): Promise<Request> {
  const headers = new Headers(request.headers);
  change(headers);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return new Request(request.url, { method: request.method, headers, body: body && body.byteLength > 0 ? body : undefined });
}

/** A copy of a response with other headers, status or body. */
export function rebuild(response: Response, init: { headers?: Headers; status?: number; body?: BodyInit | null }): Response {
  const headers = new Headers(init.headers ?? response.headers);
  // A new body has another length.
  if (init.body !== undefined) headers.delete('content-length');
  return new Response(init.body !== undefined ? init.body : response.body, { status: init.status ?? response.status, headers });
}
