import { signIn } from './bench-helpers';
import type { Measurement } from './figure';

// "See my data": how soon bulk@example.com (10,000 orders) sees the first order row.
// A MutationObserver installed before any page script notes performance.now() (milliseconds
// since the navigation started) when the first row is added to the document.

const runs = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
};

function watchFirstRow() {
  const win = window as unknown as { firstOrderRowAt?: number; markClick?: number };
  const observer = new MutationObserver(() => {
    if (win.firstOrderRowAt === undefined && document.querySelector('main li.my-data__order')) {
      win.firstOrderRowAt = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

export const myDataFigures: Measurement = async ({ origin, browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, origin, 'bulk@example.com');
  await page.addInitScript(watchFirstRow);
  const load: number[] = [];
  const clientSide: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A fresh load of the orders page: code and data start together.
    await page.goto(`${origin}/data/orders`);
    await page.waitForFunction(() => (window as unknown as { firstOrderRowAt?: number }).firstOrderRowAt !== undefined);
    load.push(await page.evaluate(() => (window as unknown as { firstOrderRowAt: number }).firstOrderRowAt));

    // Inside the app: from the overview through the navigation to "Your data", whose orders
    // card shows the newest orders.
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
    const link = page.getByRole('link', { name: 'Your data' }).first();
    await link.waitFor();
    await page.evaluate(() => {
      const win = window as unknown as { firstOrderRowAt?: number; markClick?: number };
      win.firstOrderRowAt = undefined;
      win.markClick = performance.now();
    });
    await link.click();
    await page.waitForFunction(() => (window as unknown as { firstOrderRowAt?: number }).firstOrderRowAt !== undefined);
    clientSide.push(
      await page.evaluate(() => {
        const win = window as unknown as { firstOrderRowAt: number; markClick: number };
        return win.firstOrderRowAt - win.markClick;
      }),
    );
  }
  await context.close();
  return [
    { name: 'bulk customer: load /data/orders → first order row (median)', value: median(load), unit: 'ms' },
    { name: 'bulk customer: overview → Your data, first order row (median)', value: median(clientSide), unit: 'ms' },
  ];
};
