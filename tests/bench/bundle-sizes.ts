import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Figure, Measurement } from './figure';

// Sizes are gzip (level 9) of the files in dist/ that a real Chromium requested.
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function assetsRequested(page: Page): Set<string> {
  const files = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) files.add(pathname);
  });
  return files;
}

function sizeOf(dist: string, files: Iterable<string>, extension: string): number {
  let total = 0;
  for (const file of files) if (file.endsWith(extension)) total += gzipSize(path.join(dist, file));
  return total;
}

export const eagerPageSizes: Measurement = async ({ origin, browser, dist }) => {
  const signInPage = await browser.newPage();
  const signInFiles = assetsRequested(signInPage);
  await signInPage.goto(`${origin}/sign-in`);
  await signInPage.getByRole('heading', { level: 1 }).waitFor();
  await signInPage.close();

  const overviewPage = await browser.newPage();
  await overviewPage.goto(`${origin}/sign-in`);
  await overviewPage.getByLabel('E-mail address').fill('anna@example.com');
  await overviewPage.getByLabel('Password').fill('privacy-demo');
  await overviewPage.getByRole('button', { name: 'Sign in' }).click();
  await overviewPage.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  // A fresh load of the overview with the session cookie: what that page needs eagerly.
  const overviewFiles = assetsRequested(overviewPage);
  await overviewPage.reload();
  await overviewPage.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  await overviewPage.close();

  return [
    { name: 'sign-in page: eager JS (gzip)', value: kib(sizeOf(dist, signInFiles, '.js')), unit: 'KiB', budget: 140 },
    { name: 'sign-in page: eager CSS (gzip)', value: kib(sizeOf(dist, signInFiles, '.css')), unit: 'KiB' },
    { name: 'overview page: eager JS (gzip)', value: kib(sizeOf(dist, overviewFiles, '.js')), unit: 'KiB', budget: 140 },
    { name: 'overview page: eager CSS (gzip)', value: kib(sizeOf(dist, overviewFiles, '.css')), unit: 'KiB' },
  ];
};

export const lazyChunkSizes: Measurement = async ({ dist }) => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const eager = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  return readdirSync(path.join(dist, 'assets'))
    .filter((file) => file.endsWith('.js') && !eager.has(`assets/${file}`))
    .map(
      (file): Figure => ({
        name: `lazy chunk ${file.replace(/-[\w-]{8}\.js$/, '')} (gzip)`,
        value: kib(gzipSize(path.join(dist, 'assets', file))),
        unit: 'KiB',
        budget: 30,
      }),
    )
    .sort((a, b) => b.value - a.value);
};
