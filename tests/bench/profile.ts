import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure, Measurement } from './figure';

// Correct my data (issue 3): what opening /profile downloads on top of the overview. The phone
// checker (libphonenumber-js/min) is its own chunk, fetched once the person starts editing.
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

export const profileRouteSizes: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('E-mail address').fill('anna@example.com');
    await page.getByLabel('Password').fill('privacy-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();

    const files: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(js|css)$/.test(pathname)) files.push(pathname);
    });
    await page.getByRole('link', { name: 'Correct my data' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Correct my data' }).waitFor();
    await page.waitForLoadState('networkidle');
    const routeFiles = [...files];
    // Editing starts: the phone checker follows.
    await page.getByLabel('First name').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const phoneFiles = files.filter((file) => !routeFiles.includes(file) && file.endsWith('.js'));

    const sum = (list: string[], extension: string) => list.filter((file) => file.endsWith(extension)).reduce((total, file) => total + gzipSize(dist, file), 0);
    const figures: Figure[] = [
      { name: 'profile route: lazy JS on navigation (gzip)', value: kib(sum(routeFiles, '.js')), unit: 'KiB', budget: 30 },
      { name: 'profile route: lazy CSS on navigation (gzip)', value: kib(sum(routeFiles, '.css')), unit: 'KiB' },
      { name: 'profile route: phone checker, loaded on first edit (gzip)', value: kib(sum(phoneFiles, '.js')), unit: 'KiB', budget: 30 },
    ];
    return figures;
  } finally {
    await page.close();
  }
};
