import type { Page } from '@playwright/test';
import { gzipTotal, kib, onAssetRequest, resetDemoBackend, signIn } from './bench-helpers';
import type { Measurement } from './figure';

// Policy changes and activity: what the activity log and the policy page add
// (JS, gzip) when a signed-in person opens them from the page, on top of what the overview loaded.
// The notice itself is in the signed-in layout, so it counts in the overview's eager figure.

async function addedJs(page: Page, dist: string, open: () => Promise<void>): Promise<number> {
  const files = new Set<string>();
  const stop = onAssetRequest(page, (file) => files.add(file));
  await open();
  stop();
  return kib(gzipTotal(dist, files, '.js'));
}

export const policyAndActivityFigures: Measurement = async ({ origin, browser, dist }) => {
  await resetDemoBackend(origin);
  const page = await browser.newPage();
  await signIn(page, origin, 'anna@example.com');

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
