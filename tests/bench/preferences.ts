import { assetsRequested, gzipTotal, kib, signIn } from './bench-helpers';
import type { Measurement } from './figure';

// Marketing preferences: a switch must feel instant, so the figure is the time from a
// real click (the click event's timestamp) to the first frame painted after the switch shows its
// new state; and the code the page loads on navigation (its lazy chunks, gzip).

const clicks = 15;

declare global {
  interface Window {
    __switchPaint?: number[];
  }
}

export const preferencesFigures: Measurement = async ({ origin, browser, dist }) => {
  const page = await browser.newPage();
  await signIn(page, origin, 'anna@example.com');

  // The route's own code: every script and style requested when navigating to it.
  const requested = assetsRequested(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Marketing preferences' }).click();
  await page.getByRole('heading', { level: 1, name: 'Marketing preferences' }).waitFor();

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
    { name: 'preferences route: lazy JS (gzip)', value: kib(gzipTotal(dist, requested, '.js')), unit: 'KiB', budget: 30 },
    { name: 'preferences route: lazy CSS (gzip)', value: kib(gzipTotal(dist, requested, '.css')), unit: 'KiB' },
  ];
};
