// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseApiAddress } from '../../src/api/api-address';
import { configureBuild } from '../../operator/configure/configure';
import { contentSecurityPolicy } from '../../tooling/content-security-policy';
import { readApiAddress, readPolicy } from '../../tooling/index-html';

// `npm run configure` points a build at another API: address and connect-src change together,
// bad input is refused with a sentence, and a second run changes nothing.

// index.html as `npm run build` writes it (Vite escapes the quotes of the CSP meta).
const built = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/'/g, '&#39;')}">
<meta charset="UTF-8" />
<meta name="privacy-portal-api" content="/api/v1" />
</head><body><div id="root"></div></body></html>`;

function buildFolder(html = built): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-dist-'));
  writeFileSync(path.join(dir, 'index.html'), html);
  return dir;
}

describe('parseApiAddress', () => {
  it.each([
    ['https://api.example.com/api/v1', 'https://api.example.com/api/v1', 'https://api.example.com'],
    ['https://api.example.com/api/v1/', 'https://api.example.com/api/v1', 'https://api.example.com'],
    [' https://api.example.com:8443/v1 ', 'https://api.example.com:8443/v1', 'https://api.example.com:8443'],
    ['/api/v1', '/api/v1', null],
    ['/privacy/api/v1/', '/privacy/api/v1', null],
    ['http://localhost:4602/api/v1', 'http://localhost:4602/api/v1', 'http://localhost:4602'],
  ])('accepts %s', (raw, address, origin) => {
    expect(parseApiAddress(raw)).toEqual({ ok: true, address, origin });
  });

  it.each([
    ['', /empty/],
    ['http://api.example.com/api/v1', /must use https/],
    ['api.example.com/api/v1', /neither an absolute URL nor a path/],
    ['//api.example.com/api/v1', /scheme-relative/],
    ['https://user:secret@api.example.com', /user name or password/],
    ['https://api.example.com/api/v1?x=1', /query or a fragment/],
    ['https://api.example.com/"><script>', /quotes or angle brackets/],
    ['javascript:alert(1)', /must use https/],
  ])('refuses %j with a clear error', (raw, message) => {
    const parsed = parseApiAddress(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('configureBuild', () => {
  it('rewrites the API address and connect-src together', () => {
    const dist = buildFolder();
    const result = configureBuild(dist, 'https://api.example.com/api/v1');
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(result.changed).toBe(true);
    expect(readApiAddress(html)).toBe('https://api.example.com/api/v1');
    expect(readPolicy(html)).toContain("connect-src 'self' https://api.example.com;");
    expect(readPolicy(html)?.replace(" https://api.example.com", '')).toBe(contentSecurityPolicy);
  });

  it('is safe to run twice, and going back to a same-origin path drops the origin', () => {
    const dist = buildFolder();
    configureBuild(dist, 'https://api.example.com/api/v1');
    const once = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(configureBuild(dist, 'https://api.example.com/api/v1').changed).toBe(false);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(once);
    configureBuild(dist, '/api/v1');
    const back = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(readPolicy(back)).toBe(contentSecurityPolicy);
    expect(readApiAddress(back)).toBe('/api/v1');
  });

  it('rewrites a precompressed index.html too, so gzip_static serves the new page', () => {
    const dist = buildFolder();
    writeFileSync(path.join(dist, 'index.html.gz'), gzipSync(built));
    configureBuild(dist, 'https://api.example.com/api/v1');
    expect(gunzipSync(readFileSync(path.join(dist, 'index.html.gz'))).toString()).toBe(readFileSync(path.join(dist, 'index.html'), 'utf8'));
  });

  it('refuses a bad address, a missing build and a page without the tags, changing nothing', () => {
    const dist = buildFolder();
    expect(() => configureBuild(dist, 'http://api.example.com')).toThrow(/https/);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(built);
    expect(() => configureBuild(path.join(dist, 'nothing'), '/api/v1')).toThrow(/npm run build/);
    expect(() => configureBuild(buildFolder('<html><head></head></html>'), '/api/v1')).toThrow(/privacy-portal-api/);
  });
});
