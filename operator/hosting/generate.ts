import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContentSecurityPolicy } from '../../tooling/content-security-policy';
import { parseApiAddress } from '../../src/api/api-address';
import { nginxServerBlock, staticHostHeaders, staticHostRedirects } from './recipes';

// npm run hosting -- [--api-url URL] [--out DIR]
// Writes nginx.conf, _headers and _redirects with the CSP for that API address (the same policy
// `npm run configure` puts into index.html).

try {
  const { values } = parseArgs({ options: { 'api-url': { type: 'string', default: '/api/v1' }, out: { type: 'string', default: 'operator/hosting' } }, strict: true });
  const parsed = parseApiAddress(values['api-url']);
  if (!parsed.ok) throw new Error(parsed.error);
  const policy = buildContentSecurityPolicy(parsed.origin);
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'nginx.conf'), nginxServerBlock(policy));
  writeFileSync(path.join(out, '_headers'), staticHostHeaders(policy));
  writeFileSync(path.join(out, '_redirects'), staticHostRedirects());
  console.info(`Wrote nginx.conf, _headers and _redirects to ${out}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run hosting -- [--api-url URL] [--out DIR]`);
  process.exit(2);
}
