import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The production build must carry no mock backend and no demo credentials (PRODUCT.md: one
// static build for real operators), and must ship its Content-Security-Policy.
const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test('dist/ holds no msw code and no demo credentials', () => {
  const files = allFiles(dist);
  expect(files.map((file) => path.basename(file))).not.toContain('mockServiceWorker.js');
  const forbidden = ['setupWorker', 'mockServiceWorker', 'privacy-demo', 'anna@example.com', 'bulk@example.com', 'janis@example.lv', 'liga@example.lv', 'Bērziņa', '__mock', 'Demo only',
    // The demo backend's deliberate defects (mocks/defects) are for the conformance check only.
    'PORTAL_MOCK_DEFECT', 'no-csrf', 'ignore-if-match', 'cookie-not-httponly', 'export-not-idempotent', 'leaks-other-customer'];
  // The .br/.gz copies hold the same text compressed; the originals beside them are read.
  for (const file of files.filter((name) => !/\.(br|gz)$/.test(name))) {
    const content = readFileSync(file, 'utf8');
    for (const marker of forbidden) expect(content.includes(marker), `${marker} in ${path.relative(dist, file)}`).toBe(false);
  }
});

test('index.html ships a strict Content-Security-Policy', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const csp = (html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '').replaceAll('&#39;', "'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // The hosting recipes (operator/hosting) send the same policy as a header, plus frame-ancestors.
  const recipe = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'operator', 'hosting', '_headers'), 'utf8');
  expect(recipe).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'\n`);
});

test('messages ship parsed, and the ICU message parser stays out of the bundle', () => {
  const scripts = allFiles(dist).filter((file) => file.endsWith('.js'));
  const englishCore = scripts.find((file) => /\/en-[\w-]+\.js$/.test(file));
  expect(englishCore && readFileSync(englishCore, 'utf8')).toContain('{"type":0,"value":"Skip to main content"}');
  // Names from the parser itself (its error kinds and its methods).
  for (const file of scripts) {
    const content = readFileSync(file, 'utf8');
    for (const marker of ['EXPECT_ARGUMENT_CLOSING_BRACE', 'tryParseQuote']) {
      expect(content.includes(marker), `${marker} in ${path.basename(file)}`).toBe(false);
    }
  }
});

