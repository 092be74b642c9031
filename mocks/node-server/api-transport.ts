import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestContract } from '../handlers/lib/request-contract.gen';
import { problem } from '../handlers/lib/problem';

// The HTTP edge of the demo backend as a real server: what a request must be before a handler
// sees it, and how any answer leaves. A request it cannot read gets a 4xx problem — never a 500,
// never a hung connection.

/** Methods no part of the API answers; TRACE would echo cookies back (cross-site tracing). */
const refusedMethods = new Set(['TRACE', 'TRACK', 'CONNECT']);

export function isRefusedMethod(method: string | undefined): boolean {
  return refusedMethods.has((method ?? '').toUpperCase());
}

export type BodyRead = { ok: true; body: Buffer | undefined } | { ok: false };

/**
 * The request body, read only up to the contract's limit: a larger one is refused as soon as
 * Content-Length says so, or as soon as the bytes pass the limit — the rest is never buffered.
 */
export async function readBodyWithinLimit(request: IncomingMessage): Promise<BodyRead> {
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true, body: undefined };
  const max = requestContract.limits.maxBodyBytes;
  const declared = Number(request.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > max) return { ok: false };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) return { ok: false };
    chunks.push(chunk as Buffer);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

/**
 * Who is asking, for the sign-in limits and the list of devices: the socket's address, or behind
 * a trusted proxy the first address of its X-Forwarded-For. Never the client's own claim.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  if (trustProxy && first) return first;
  return (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '') || 'unknown';
}

/** Headers every API answer carries: never cached, never sniffed into something runnable. */
export const apiResponseHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** Writes a fetch Response (a handler's answer, or a problem) to the node response. */
export async function send(response: ServerResponse, answer: Response, extra: Record<string, string> = {}): Promise<void> {
  const outgoing: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing[name] = value;
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) outgoing['set-cookie'] = cookies;
  Object.assign(outgoing, apiResponseHeaders, extra);
  response.writeHead(answer.status, outgoing);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * A problem answered at the edge. A caller refusing a request before its body was read passes
 * `connection: close`, so the client does not keep sending into a socket no one reads.
 */
export async function sendProblem(
  response: ServerResponse,
  status: number,
  code: Parameters<typeof problem>[1],
  detail: string,
  extra: Record<string, string> = {},
): Promise<void> {
  await send(response, problem(status, code, { detail }), extra);
}
