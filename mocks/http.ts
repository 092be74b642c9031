// `npm run serve`: the production build in dist/ plus the mock backend as a real HTTP server on
// loopback — real cookies, real HTTP, the same handlers as the browser worker and vitest. Used
// by the browser tests and the benchmarks, and by anyone trying the built portal by hand.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getResponse } from 'msw';
import { contentSecurityPolicy } from '../tooling/content-security-policy';
import { readPolicy } from '../tooling/index-html';
import { securityHeaders } from '../tooling/security-headers';
import { corsHeaders, corsOrigins } from './cors';
import { seed } from './db';
import { defectNames, findDefect } from './defects/defects';
import { handlers } from './handlers/index';
import { clientAddress, isRefusedMethod, readBodyWithinLimit, send, sendProblem } from './node-server/api-transport';
import { hasCompressedCopies, precompressedFor } from './node-server/precompressed';
import { requestContract } from './handlers/lib/request-contract.gen';

const root = path.resolve(import.meta.dirname, '..', process.env.PORTAL_DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const tenant = process.env.PORTAL_TENANT === 'fotolukss' ? 'fotolukss' : 'aptolux';
// PORTAL_API_ONLY=1: answer /api only (the API of a cross-origin setup; the portal is elsewhere).
const apiOnly = process.env.PORTAL_API_ONLY === '1';
const allowedOrigins = corsOrigins();
// PORTAL_TRUST_PROXY=1: behind a reverse proxy, the client is the first X-Forwarded-For address;
// otherwise the header is the client's own claim and the socket's address counts.
const trustProxy = process.env.PORTAL_TRUST_PROXY === '1';
// PORTAL_MOCK_DEFECT=<name>: the demo backend makes one deliberate mistake (mocks/defects), to
// show that `npm run contract:check` catches it.
const defectName = process.env.PORTAL_MOCK_DEFECT;
const defect = defectName ? findDefect(defectName) : undefined;
if (defectName && !defect) {
  console.error(`Unknown PORTAL_MOCK_DEFECT "${defectName}". Known: ${defectNames.join(', ')}`);
  process.exit(1);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// What the hosting recipes send (tooling/security-headers.ts), with the policy of the build
// being served — `npm run configure` may have added an API origin to it.
function servedPolicy(): string {
  const index = path.join(root, 'index.html');
  return (existsSync(index) && readPolicy(readFileSync(index, 'utf8'))) || contentSecurityPolicy;
}
const staticHeaders = securityHeaders(servedPolicy());

const answerWithHandlers = async (request: Request) => (await getResponse(handlers, request)) ?? new Response(null, { status: 404 });

async function answerApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const cors = allowedOrigins.length > 0 ? corsHeaders(request, allowedOrigins) : null;
  if (request.method === 'OPTIONS') {
    response.writeHead(cors ? 204 : 403, cors ?? {});
    return void response.end();
  }
  const read = await readBodyWithinLimit(request);
  if (!read.ok) {
    return sendProblem(response, 413, 'payload_too_large', `A request body may be at most ${requestContract.limits.maxBodyBytes} bytes.`, {
      ...(cors ?? {}),
      connection: 'close',
    });
  }
  let fetchRequest: Request;
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    headers.set('x-forwarded-for', clientAddress(request, trustProxy));
    fetchRequest = new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? `${host}:${port}`}`), {
      method: request.method,
      headers,
      body: read.body && read.body.length > 0 ? new Uint8Array(read.body) : undefined,
    });
    // Path parameters are read decoded: a broken percent-encoding (%E0%A4%A) is no address.
    decodeURIComponent(new URL(fetchRequest.url).pathname);
  } catch {
    // A Host header or path that makes no URL, or a header value fetch cannot carry.
    return sendProblem(response, 400, 'bad_request', 'The request line or its headers cannot be read.', cors ?? {});
  }
  if (defect?.request) fetchRequest = await defect.request(fetchRequest, answerWithHandlers);
  let mocked = await getResponse(handlers, fetchRequest.clone());
  if (defect?.response && mocked && mocked.type !== 'error') mocked = await defect.response(fetchRequest, mocked);
  if (!mocked || mocked.type === 'error') {
    // A handler's HttpResponse.error() (the "network" fault) is a dropped connection here.
    if (mocked?.type === 'error') return void request.socket.destroy();
    return sendProblem(response, 404, 'not_found', 'The API has no such address.', cors ?? {});
  }
  await send(response, mocked, cors ?? {});
}

async function answerStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  } catch {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...staticHeaders });
    return void response.end('This address cannot be read.');
  }
  const candidate = path.join(root, path.normalize(pathname));
  const isAsset = candidate.startsWith(root) && path.extname(candidate) !== '' && existsSync(candidate);
  // Every other path is a client-side route: the SPA's index.html answers it.
  const file = isAsset ? candidate : path.join(root, 'index.html');
  // What a real host sends: the build's precompressed copy the browser accepts (brotli first).
  const encoding = precompressedFor(file, request.headers['accept-encoding']);
  const content = await readFile(encoding ? `${file}.${encoding.extension}` : file);
  response.writeHead(200, {
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(hasCompressedCopies(file) ? { Vary: 'Accept-Encoding' } : {}),
    ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
    ...staticHeaders,
  });
  response.end(request.method === 'HEAD' ? undefined : content);
}

if (!apiOnly && !existsSync(path.join(root, 'index.html'))) {
  console.error(`No production build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

seed(tenant);
createServer((request, response) => {
  const isApi = request.url?.startsWith('/api/') ?? false;
  if (isRefusedMethod(request.method)) {
    return void sendProblem(response, 400, 'bad_request', `${request.method ?? ''} is not a method this server answers.`, { connection: 'close' });
  }
  if (!isApi && apiOnly) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    return void response.end('This server answers /api only (PORTAL_API_ONLY=1).');
  }
  const handle = isApi ? answerApi : answerStatic;
  handle(request, response).catch((error: unknown) => {
    // A bug of the demo backend itself; still a problem the client can read.
    console.error(error);
    if (response.headersSent) return void response.end();
    void sendProblem(response, 500, 'internal', 'The demo backend failed on this request.');
  });
}).listen(port, host, () => {
  const what = apiOnly ? `The ${tenant} demo backend (API only)` : `Privacy Portal (production build) with the ${tenant} demo backend`;
  console.info(`${what}: http://localhost:${port}${defect ? ` — with the deliberate defect "${defect.name}"` : ''}`);
});
