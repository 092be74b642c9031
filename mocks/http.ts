// `npm run serve`: the production build in dist/ plus the mock backend as a real HTTP server on
// loopback — real cookies, real HTTP, the same handlers as the browser worker and vitest. Used
// by the browser tests and the benchmarks, and by anyone trying the built portal by hand.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getResponse } from 'msw';
import { contentSecurityPolicy } from '../tooling/content-security-policy';
import { seed } from './db';
import { handlers } from './handlers/index';

const root = path.resolve(import.meta.dirname, '..', process.env.PORTAL_DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const tenant = process.env.PORTAL_TENANT === 'fotolukss' ? 'fotolukss' : 'aptolux';

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

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answerApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const body = await readBody(request);
  const fetchRequest = new Request(`http://${request.headers.host ?? `${host}:${port}`}${request.url}`, {
    method: request.method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  });
  const mocked = await getResponse(handlers, fetchRequest);
  if (!mocked || mocked.type === 'error') {
    // A handler's HttpResponse.error() (the "network" fault) is a dropped connection here.
    if (mocked?.type === 'error') return void request.socket.destroy();
    response.writeHead(404, { 'Content-Type': 'application/problem+json' });
    return void response.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }));
  }
  const outgoing: Record<string, string | string[]> = {};
  mocked.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing[name] = value;
  });
  const cookies = mocked.headers.getSetCookie();
  if (cookies.length > 0) outgoing['set-cookie'] = cookies;
  outgoing['cache-control'] = 'no-store';
  response.writeHead(mocked.status, outgoing);
  response.end(Buffer.from(await mocked.arrayBuffer()));
}

async function answerStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const candidate = path.join(root, path.normalize(pathname));
  const isAsset = candidate.startsWith(root) && path.extname(candidate) !== '' && existsSync(candidate);
  // Every other path is a client-side route: the SPA's index.html answers it.
  const file = isAsset ? candidate : path.join(root, 'index.html');
  const content = await readFile(file);
  response.writeHead(200, {
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  });
  response.end(content);
}

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No production build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

seed(tenant);
createServer((request, response) => {
  const handle = request.url?.startsWith('/api/') ? answerApi : answerStatic;
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end('Internal error in the mock server');
  });
}).listen(port, host, () => {
  console.info(`Privacy Portal (production build) with the ${tenant} demo backend: http://localhost:${port}`);
});
