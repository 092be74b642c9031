import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './figure';

// My other rights (capability 7): what opening /requests from the navigation downloads on top of the
// overview (the route's code, its messages and styles).
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

export const requestsRouteSizes: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('E-mail address').fill('anna@example.com');
    await page.getByLabel('Password').fill('privacy-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();

    const files = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(js|css)$/.test(pathname)) files.add(pathname);
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My other rights' }).click();
    await page.getByRole('heading', { level: 1, name: 'My other rights' }).waitFor();
    await page.waitForLoadState('networkidle');
    const sum = (extension: string) => [...files].filter((file) => file.endsWith(extension)).reduce((total, file) => total + gzipSize(dist, file), 0);
    return [
      { name: 'requests route: lazy JS on navigation (gzip)', value: kib(sum('.js')), unit: 'KiB', budget: 30 },
      { name: 'requests route: lazy CSS on navigation (gzip)', value: kib(sum('.css')), unit: 'KiB' },
    ];
  } finally {
    await page.close();
  }
};
