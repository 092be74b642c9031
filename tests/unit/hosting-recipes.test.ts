// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nginxServerBlock, staticHostHeaders, staticHostRedirects } from '../../operator/hosting/recipes';
import { buildContentSecurityPolicy, contentSecurityPolicy } from '../../tooling/content-security-policy';

// The hosting recipes carry the same CSP as the build (plus frame-ancestors, which a <meta>
// policy cannot carry), the security headers, the SPA fallback and the caching rules — and the
// committed copies are what `npm run hosting` generates.

const folder = path.resolve(import.meta.dirname, '..', '..', 'operator', 'hosting');
const committed = (name: string) => readFileSync(path.join(folder, name), 'utf8');
const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

describe('hosting recipes', () => {
  it('are committed exactly as generated from tooling/security-headers.ts', () => {
    expect(committed('nginx.conf')).toBe(nginxServerBlock(contentSecurityPolicy));
    expect(committed('_headers')).toBe(staticHostHeaders(contentSecurityPolicy));
    expect(committed('_redirects')).toBe(staticHostRedirects());
  });

  it('send the build’s CSP with frame-ancestors and the other security headers', () => {
    const nginx = committed('nginx.conf');
    const headers = committed('_headers');
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    expect(headers).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy: camera=()']) {
      expect(headers).toContain(header);
      const [name, value] = header.split(': ');
      expect(nginx).toContain(`add_header ${name} "${value}`);
    }
    // Every nginx location states every header (add_header is not inherited into a location with its own).
    expect(nginx.match(/add_header Content-Security-Policy/g)).toHaveLength(3);
  });

  it('serve the app’s routes from index.html, hashed assets for a year, index.html revalidated, precompressed files', () => {
    const nginx = committed('nginx.conf');
    expect(nginx).toContain('try_files $uri /index.html;');
    expect(nginx).toMatch(/location \/assets\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    expect(nginx).toMatch(/location = \/index.html \{[^}]*Cache-Control "no-cache"/);
    expect(nginx).toContain('gzip_static on;');
    expect(nginx).toContain('brotli_static on;');
    expect(committed('_redirects')).toMatch(/^\/\*\s+\/index.html\s+200$/m);
    expect(committed('_headers')).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it('name the API origin in connect-src when generated for one', () => {
    const policy = buildContentSecurityPolicy('https://api.example.com');
    expect(nginxServerBlock(policy)).toContain("connect-src 'self' https://api.example.com;");
    expect(staticHostHeaders(policy)).toContain("connect-src 'self' https://api.example.com;");
  });
});
