import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './figure';

// Marketing preferences (issue 4): a switch must feel instant, so the figure is the time from a
// real click (the click event's timestamp) to the first frame painted after the switch shows its
// new state; and the code the page loads on navigation (its lazy chunks, gzip).

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const clicks = 15;

declare global {
  interface Window {
    __switchPaint?: number[];
  }
}

export const preferencesFigures: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-mail address').fill('anna@example.com');
  await page.getByLabel('Password').fill('privacy-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();

  // The route's own code: every script and style requested when navigating to it.
  const requested = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) requested.add(pathname);
  });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Marketing preferences' }).click();
  await page.getByRole('heading', { level: 1, name: 'Marketing preferences' }).waitFor();
  const size = (extension: string) =>
    [...requested]
      .filter((file) => file.endsWith(extension))
      .reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length, 0);

  await page.evaluate(() => {
    window.__switchPaint = [];
    document.addEventListener(
      'click',
      (event) => {
        const target = (event.target as Element).closest('[role="switch"]');
        if (!target) return;
        const start = event.timeStamp;
        const before = target.getAttribute('aria-checked');
        const observer = new MutationObserver(() => {
          if (target.getAttribute('aria-checked') === before) return;
          observer.disconnect();
          // rAF runs just before the frame is painted; the task after it runs once it is.
          requestAnimationFrame(() => setTimeout(() => window.__switchPaint?.push(performance.now() - start), 0));
        });
        observer.observe(target, { attributes: true, attributeFilter: ['aria-checked'] });
      },
      true,
    );
  });
  const surveys = page.getByRole('switch', { name: 'Surveys' });
  for (let i = 0; i < clicks; i += 1) {
    await surveys.click();
    await page.waitForFunction((count) => (window.__switchPaint?.length ?? 0) >= count, i + 1);
    // Let the save finish, as between a person's clicks.
    await page.waitForTimeout(250);
  }
  const times = (await page.evaluate(() => window.__switchPaint ?? [])).sort((a, b) => a - b);
  await page.close();
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const worst = times.at(-1) ?? 0;
  return [
    { name: 'preferences: click on a switch → painted (median)', value: Math.round(median * 10) / 10, unit: 'ms', budget: 50 },
    { name: 'preferences: click on a switch → painted (worst of 15)', value: Math.round(worst * 10) / 10, unit: 'ms' },
    { name: 'preferences route: lazy JS (gzip)', value: kib(size('.js')), unit: 'KiB', budget: 30 },
    { name: 'preferences route: lazy CSS (gzip)', value: kib(size('.css')), unit: 'KiB' },
  ];
};
