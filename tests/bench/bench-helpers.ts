import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

// What every measurement in tests/bench/ does the same way, so the figures are comparable: sizes
// are gzip (level 9) of the built files in dist/ that Chromium requested, in KiB to one decimal,
// and a signed-in page is reached through the real sign-in form.

export const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Gzip size of one built file; `file` is relative to `dist` (a request's pathname will do). */
export const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** Summed gzip size of those `files` that end in `extension` ('.js' or '.css'); a file listed twice counts twice. */
export function gzipTotal(dist: string, files: Iterable<string>, extension: string): number {
  let total = 0;
  for (const file of files) if (file.endsWith(extension)) total += gzipSize(dist, file);
  return total;
}

/** Calls `record` with the pathname of every script and style the page requests from now on; returns a function that stops it. */
export function onAssetRequest(page: Page, record: (pathname: string) => void): () => void {
  const listener = (request: { url(): string }) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) record(pathname);
  };
  page.on('request', listener);
  return () => page.off('request', listener);
}

/** The scripts and styles the page requests from now on. */
export function assetsRequested(page: Page): Set<string> {
  const files = new Set<string>();
  onAssetRequest(page, (file) => files.add(file));
  return files;
}

/** Signs `email` in with the demo password and waits for the overview's greeting. */
export async function signIn(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('privacy-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
}

/** Puts the demo backend back to its seed data for `tenant`, so a measurement starts from the same state. */
export async function resetDemoBackend(origin: string, tenant: 'aptolux' | 'fotolukss' = 'aptolux'): Promise<void> {
  await fetch(`${origin}/api/__mock/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant }) });
}
