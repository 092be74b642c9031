import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl } from './tenants';

test.describe('marketing preferences', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna stops all marketing; after a reload everything is off and the history shows it', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Marketing preferences' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeVisible();
    await expect(page).toHaveTitle('Marketing preferences – Aptolux');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Stop all marketing' }).click();
    await expect(page.getByText(/All marketing is stopped\. 4 choices were turned off\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeVisible();
    const switches = page.getByRole('switch');
    await expect(switches).toHaveCount(11);
    for (const item of await switches.all()) await expect(item).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByText(/You have objected to direct marketing/)).toBeVisible();

    await page.getByRole('link', { name: 'History of your choices' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History of your choices' })).toBeVisible();
    const first = page.getByRole('listitem').filter({ hasText: 'What changed' }).first();
    await expect(first).toContainText('Objection to direct marketing');
    await expect(first).toContainText('This portal');
    await expect(page.getByText('Showing 10 of 13.')).toBeVisible();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^aptolux-consent-history-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test('Jānis changes a choice in Latvian at the photo lab', async ({ page }) => {
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Mārketinga izvēles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mārketinga izvēles' })).toBeVisible();
    await expect(page.getByRole('switch')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Personalizēta reklāma' })).toHaveCount(0);
    const email = page.getByRole('switch', { name: 'E-pasts' });
    await expect(email).toHaveAttribute('aria-checked', 'true');
    await email.click();
    await expect(email).toHaveAttribute('aria-checked', 'false');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Jūsu izvēļu vēsture' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jūsu izvēļu vēsture' })).toBeVisible();
    const first = page.getByRole('listitem').filter({ hasText: 'Kas mainījās' }).first();
    await expect(first).toContainText('E-pasts');
    await expect(first).toContainText('Ieslēgts → Izslēgts');
    await expect(first).toContainText('Šis portāls');
    await expectAccessible(page);
  });

  test('keyboard only: every switch is reachable, operable and announces its state', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/preferences'));
    await expect(page.getByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeVisible();
    const total = await page.getByRole('switch').count();
    const reached = new Set<string>();
    for (let step = 0; step < 60 && reached.size < total; step += 1) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if ((await focused.getAttribute('role')) !== 'switch') continue;
      const name = (await focused.evaluate((element) => element.getAttribute('aria-labelledby'))) ?? '';
      if (reached.has(name)) continue;
      reached.add(name);
      const before = await focused.getAttribute('aria-checked');
      await page.keyboard.press('Space');
      await expect(focused).toHaveAttribute('aria-checked', before === 'true' ? 'false' : 'true');
      await page.keyboard.press('Enter');
      await expect(focused).toHaveAttribute('aria-checked', before ?? 'false');
    }
    expect(reached.size).toBe(total);
    // The switch's accessible name is its visible label.
    await expect(page.getByRole('switch', { name: 'Newsletter' })).toHaveAccessibleDescription(/New products and company news/);
  });
});

test.describe('how marketing preferences look', () => {
  for (const [width, height, device] of [
    [375, 740, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test(`preferences and history at ${device} width, in both languages`, async ({ page }) => {
      await resetBackend(page, 'aptolux');
      await page.setViewportSize({ width, height });
      await signIn(page, 'aptolux', 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
      await page.goto(tenantUrl('aptolux', '/preferences'));
      await expect(page.getByRole('heading', { level: 1, name: 'Marketing preferences' })).toBeVisible();
      await snapshot(page, `preferences-en-${device}`);
      await page.getByRole('button', { name: 'Latviešu' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mārketinga izvēles' })).toBeVisible();
      await snapshot(page, `preferences-lv-${device}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: 'Jūsu izvēļu vēsture' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Jūsu izvēļu vēsture' })).toBeVisible();
      await snapshot(page, `preferences-history-lv-${device}`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'History of your choices' })).toBeVisible();
      await snapshot(page, `preferences-history-en-${device}`);
    });
  }
});
