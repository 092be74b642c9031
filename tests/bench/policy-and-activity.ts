import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Measurement } from './figure';

// Policy changes and activity (capability 8): what the activity log and the policy page add
// (JS, gzip) when a signed-in person opens them from the page, on top of what the overview loaded.
// The notice itself is in the signed-in layout, so it counts in the overview's eager figure.

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function addedJs(page: Page, dist: string, open: () => Promise<void>): Promise<number> {
  const files = new Set<string>();
  const listener = (request: { url(): string }) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) files.add(pathname);
  };
  page.on('request', listener);
  await open();
  page.off('request', listener);
  return kib([...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length, 0));
}

export const policyAndActivityFigures: Measurement = async ({ origin, browser, dist }) => {
  await fetch(`${origin}/api/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"tenant":"aptolux"}' });
  const page = await browser.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-mail address').fill('anna@example.com');
  await page.getByLabel('Password').fill('privacy-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();

  const activity = await addedJs(page, dist, async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Activity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activity' }).waitFor();
  });
  const policy = await addedJs(page, dist, async () => {
    await page.getByRole('link', { name: 'Read what changed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy Policy' }).waitFor();
  });
  await page.close();
  return [
    { name: 'activity route: JS added on opening it (gzip)', value: activity, unit: 'KiB', budget: 30 },
    { name: 'policy route: JS added on opening it (gzip)', value: policy, unit: 'KiB', budget: 30 },
  ];
};
