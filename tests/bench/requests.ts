import { assetsRequested, gzipTotal, kib, signIn } from './bench-helpers';
import type { Measurement } from './figure';

// My other rights: what opening /requests from the navigation downloads on top of the
// overview (the route's code, its messages and styles).

export const requestsRouteSizes: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  try {
    await signIn(page, origin, 'anna@example.com');

    const files = assetsRequested(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My other rights' }).click();
    await page.getByRole('heading', { level: 1, name: 'My other rights' }).waitFor();
    await page.waitForLoadState('networkidle');
    return [
      { name: 'requests route: lazy JS on navigation (gzip)', value: kib(gzipTotal(dist, files, '.js')), unit: 'KiB', budget: 30 },
      { name: 'requests route: lazy CSS on navigation (gzip)', value: kib(gzipTotal(dist, files, '.css')), unit: 'KiB' },
    ];
  } finally {
    await page.close();
  }
};
