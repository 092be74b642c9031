import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { tenantPorts } from './tenants';

// `npm run build` writes brotli and gzip copies beside every text file, and `npm run serve` sends
// the one the browser accepts, with Vary: Accept-Encoding — what a well-configured host does.
const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
const entryScript = readdirSync(path.join(dist, 'assets')).find((name) => /^index-.*\.js$/.test(name)) ?? '';

function get(pathname: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port: tenantPorts.aptolux, path: pathname, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

test('the build holds brotli and gzip copies of its scripts, styles and page', () => {
  const assets = readdirSync(path.join(dist, 'assets')).filter((name) => /\.(js|css)$/.test(name));
  expect(assets.length).toBeGreaterThan(5);
  const names = new Set(readdirSync(path.join(dist, 'assets')));
  for (const asset of assets) {
    expect(names.has(`${asset}.br`), `${asset}.br`).toBe(true);
    expect(names.has(`${asset}.gz`), `${asset}.gz`).toBe(true);
  }
  expect(readdirSync(dist)).toEqual(expect.arrayContaining(['index.html.br', 'index.html.gz']));
});

test('the server sends brotli, gzip or the plain file by Accept-Encoding, always with Vary', async () => {
  const plain = readFileSync(path.join(dist, 'assets', entryScript));

  const brotli = await get(`/assets/${entryScript}`, 'gzip, deflate, br');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(brotli.headers.vary).toBe('Accept-Encoding');
  expect(brotli.body.length).toBeLessThan(plain.length / 3);
  expect(brotliDecompressSync(brotli.body).equals(plain)).toBe(true);

  const gzip = await get(`/assets/${entryScript}`, 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzip.body).equals(plain)).toBe(true);

  const identity = await get(`/assets/${entryScript}`, 'identity');
  expect(identity.headers['content-encoding']).toBeUndefined();
  expect(identity.headers.vary).toBe('Accept-Encoding');
  expect(identity.body.equals(plain)).toBe(true);

  const refused = await get(`/assets/${entryScript}`, 'br;q=0, gzip');
  expect(refused.headers['content-encoding']).toBe('gzip');

  // A client-side route gets the page, compressed the same way.
  const page = await get('/profile', 'br');
  expect(page.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(page.body).toString('utf8')).toContain('<div id="root">');
});
