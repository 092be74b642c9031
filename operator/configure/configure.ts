import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildContentSecurityPolicy } from '../../tooling/content-security-policy';
import { rewriteIndexHtml } from '../../tooling/index-html';
import { writeCompressedCopies } from '../../tooling/precompress';
import { parseApiAddress } from '../../src/api/api-address';

export interface ConfigureResult {
  changed: boolean;
  address: string;
  policy: string;
  file: string;
}

/**
 * Points the build in `dist` at an API: rewrites the API address and the CSP's connect-src in
 * index.html together (and its precompressed copies, so a server using them does not send the
 * old page). Running it again with the same address changes nothing.
 */
export function configureBuild(dist: string, rawAddress: string): ConfigureResult {
  const parsed = parseApiAddress(rawAddress);
  if (!parsed.ok) throw new Error(parsed.error);
  const file = path.join(dist, 'index.html');
  if (!existsSync(file)) throw new Error(`No ${file}: run "npm run build" first, or pass the build folder with --dist.`);
  const html = readFileSync(file, 'utf8');
  const policy = buildContentSecurityPolicy(parsed.origin);
  const next = rewriteIndexHtml(html, parsed.address, policy);
  const changed = next !== html;
  if (changed) writeFileSync(file, next);
  if (existsSync(`${file}.gz`) || existsSync(`${file}.br`)) writeCompressedCopies(file, next);
  return { changed, address: parsed.address, policy, file };
}
