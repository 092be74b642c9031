import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assetsRequested, gzipSize, gzipTotal, kib, signIn } from './bench-helpers';
import type { Figure, Measurement } from './figure';

// Sizes are gzip (level 9) of the files in dist/ that a real Chromium requested.

export const eagerPageSizes: Measurement = async ({ origin, browser, dist }) => {
  const signInPage = await browser.newPage();
  const signInFiles = assetsRequested(signInPage);
  await signInPage.goto(`${origin}/sign-in`);
  await signInPage.getByRole('heading', { level: 1 }).waitFor();
  await signInPage.close();

  const overviewPage = await browser.newPage();
  await signIn(overviewPage, origin, 'anna@example.com');
  // A fresh load of the overview with the session cookie: what that page needs eagerly.
  const overviewFiles = assetsRequested(overviewPage);
  await overviewPage.reload();
  await overviewPage.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  await overviewPage.close();

  return [
    { name: 'sign-in page: eager JS (gzip)', value: kib(gzipTotal(dist, signInFiles, '.js')), unit: 'KiB', budget: 140 },
    { name: 'sign-in page: eager CSS (gzip)', value: kib(gzipTotal(dist, signInFiles, '.css')), unit: 'KiB' },
    { name: 'overview page: eager JS (gzip)', value: kib(gzipTotal(dist, overviewFiles, '.js')), unit: 'KiB', budget: 140 },
    { name: 'overview page: eager CSS (gzip)', value: kib(gzipTotal(dist, overviewFiles, '.css')), unit: 'KiB' },
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
        value: kib(gzipSize(dist, path.join('assets', file))),
        unit: 'KiB',
        budget: 30,
      }),
    )
    .sort((a, b) => b.value - a.value);
};
