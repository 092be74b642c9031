import { gzipTotal, kib, onAssetRequest, signIn } from './bench-helpers';
import type { Figure, Measurement } from './figure';

// Correct my data: what opening /profile downloads on top of the overview. The phone
// checker (libphonenumber-js/min) is its own chunk, fetched once the person starts editing.

export const profileRouteSizes: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  try {
    await signIn(page, origin, 'anna@example.com');

    const files: string[] = [];
    onAssetRequest(page, (file) => files.push(file));
    await page.getByRole('link', { name: 'Correct my data' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Correct my data' }).waitFor();
    await page.waitForLoadState('networkidle');
    const routeFiles = [...files];
    // Editing starts: the phone checker follows.
    await page.getByLabel('First name').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const phoneFiles = files.filter((file) => !routeFiles.includes(file) && file.endsWith('.js'));

    const figures: Figure[] = [
      { name: 'profile route: lazy JS on navigation (gzip)', value: kib(gzipTotal(dist, routeFiles, '.js')), unit: 'KiB', budget: 30 },
      { name: 'profile route: lazy CSS on navigation (gzip)', value: kib(gzipTotal(dist, routeFiles, '.css')), unit: 'KiB' },
      { name: 'profile route: phone checker, loaded on first edit (gzip)', value: kib(gzipTotal(dist, phoneFiles, '.js')), unit: 'KiB', budget: 30 },
    ];
    return figures;
  } finally {
    await page.close();
  }
};
