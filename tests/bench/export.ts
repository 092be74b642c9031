import { stat } from 'node:fs/promises';
import { assetsRequested, gzipTotal, kib, resetDemoBackend, signIn } from './bench-helpers';
import type { Measurement } from './figure';

// Download my data: the bulk customer (10,000 orders) from "Request export" to a saved
// file in the production build — the server's preparation time included, as a person waits it —
// the page's peak JS heap while it downloads, and the route's own lazy code.

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const exportFigures: Measurement = async ({ origin, browser, dist }) => {
  await resetDemoBackend(origin);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, origin, 'bulk@example.com');

  // What the route adds when a signed-in person opens it from the navigation.
  const routeFiles = assetsRequested(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Download my data' }).click();
  await page.getByRole('heading', { level: 1, name: 'Download my data' }).waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = false;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    peak = Math.max(peak, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  await sample();
  const baseline = peak;

  const started = performance.now();
  await page.getByRole('button', { name: 'Request export' }).click();
  const download = page.getByRole('button', { name: /^Download the JSON export/ });
  await download.waitFor({ timeout: 60_000 });
  const prepared = performance.now();
  sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const saved = await file.path();
  const finished = performance.now();
  await page.getByText(/^Saved as /).waitFor();
  sampling = false;
  await sampler;
  await sample();
  const bytes = (await stat(saved)).size;
  await context.close();

  return [
    { name: 'export: bulk request → file saved', value: Math.round(finished - started), unit: 'ms' },
    { name: 'export: of which download → file saved', value: Math.round(finished - prepared), unit: 'ms' },
    { name: 'export: bulk JSON file size', value: mib(bytes), unit: 'MiB' },
    { name: 'export: JS heap before request', value: mib(baseline), unit: 'MiB' },
    { name: 'export: peak JS heap while downloading', value: mib(peak), unit: 'MiB' },
    { name: 'export route: lazy JS (gzip)', value: kib(gzipTotal(dist, routeFiles, '.js')), unit: 'KiB', budget: 30 },
    { name: 'export route: lazy CSS (gzip)', value: kib(gzipTotal(dist, routeFiles, '.css')), unit: 'KiB' },
  ];
};
