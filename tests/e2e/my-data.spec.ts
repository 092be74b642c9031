import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl } from './tenants';

test.describe('see my data', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna sees every category and asks for a correction of an order address', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
    await expect(page).toHaveTitle('Your data – Aptolux');
    await expect(page.getByRole('region', { name: 'Orders and purchase history' }).getByText('25 orders')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'See everything in “Orders and purchase history”' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Orders and purchase history' })).toBeFocused();
    await expect(page.getByText('Showing 25 of 25')).toBeVisible();
    await expectAccessible(page);
    await page.getByText(/^Details of order /).first().click();
    await page.getByRole('button', { name: 'Request a correction of this address' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Request a correction' });
    await expect(dialog.getByLabel('What should it say?')).toBeFocused();
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Write what should be corrected.');
    await expectAccessible(page);
    await dialog.getByLabel('What should it say?').fill('The flat is 3-15, not 3-14.');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect(dialog.getByText(/^Request PR-\d{4}-\d{4} received\.$/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the bulk customer pages to the last of 10,000 orders', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'aptolux', 'bulk@example.com');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/data/orders'));
    // Scoped to the pager: a text search over 10,000 rows on every step would measure the
    // test tool, not the page.
    const pager = page.locator('.my-data__more');
    await expect(pager.getByRole('status')).toHaveText('Showing 100 of 10,000');
    await pager.getByRole('button', { name: 'Load more' }).click();
    await expect(pager.getByRole('status')).toHaveText('Showing 200 of 10,000');
    // Keyboard from here on: focus stays on the button while pages are added above it.
    await expect(pager.getByRole('button', { name: 'Load more' })).toBeFocused();
    for (let shown = 300; shown <= 10_000; shown += 100) {
      await page.keyboard.press('Enter');
      await expect(pager.getByRole('status')).toHaveText(`Showing ${shown.toLocaleString('en')} of 10,000`);
    }
    await expect(pager.getByRole('button')).toHaveCount(0);
    const last = page.locator('.my-data__order').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last.getByText('Order AP-200001', { exact: true })).toBeVisible();
    await last.getByText('Details of order AP-200001').click();
    await expect(last.getByRole('button', { name: 'Request a correction of this address' })).toBeVisible();
  });

  test('Jānis reads everything in Latvian', async ({ page }) => {
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/data'));
    await expect(page.getByRole('heading', { level: 1, name: 'Jūsu dati' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page.getByText('8 pasūtījumi')).toBeVisible();
    const main = page.locator('main');
    for (const english of ['What we hold', 'Legal basis', 'Who receives it', 'Load more', 'orders', 'Yes', 'No']) {
      await expect(main.getByText(english, { exact: true })).toHaveCount(0);
    }
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Skatīt visu sadaļā “Augšupielādētie faili”' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Augšupielādētie faili' })).toBeVisible();
    await expect(page.getByText(/^Parādīti: 50 no \d+$/)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('how "Your data" looks', () => {
  for (const [width, height, device] of [
    [375, 740, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test(`at ${device} width, in both languages`, async ({ page }) => {
      await resetBackend(page, 'aptolux');
      await page.setViewportSize({ width, height });
      await signIn(page, 'aptolux', 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
      await page.goto(tenantUrl('aptolux', '/data'));
      await expect(page.getByText('25 orders')).toBeVisible();
      await snapshot(page, `my-data-en-${device}`);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.goto(tenantUrl('aptolux', '/data/orders'));
      await page.getByText(/^Details of order /).first().click();
      await snapshot(page, `my-data-orders-en-${device}`);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Latviešu' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Pasūtījumi un pirkumu vēsture' })).toBeVisible();
      await snapshot(page, `my-data-orders-lv-${device}`);
      await page.goto(tenantUrl('aptolux', '/data'));
      await expect(page.getByRole('heading', { level: 1, name: 'Jūsu dati' })).toBeVisible();
      await snapshot(page, `my-data-lv-${device}`);
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }
});
