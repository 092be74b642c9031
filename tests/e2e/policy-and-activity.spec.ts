import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl } from './tenants';

// Policy changes and activity in the production build: the notice about a newer privacy
// policy on every page, the policy page, "I have read it", and the activity log showing it.

/** Keyboard only: Tab (at most `limit` times) until `target` has focus. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const notice = (page: Page, name = 'Privacy policy update') => page.getByRole('region', { name });
const entries = (page: Page) => page.getByRole('main').getByRole('listitem');

test.describe('policy changes and activity', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna reads the changed policy, says she has read it, and sees that in her activity', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await expect(notice(page)).toContainText('Our privacy policy changed on October 1, 2026.');
    await expectAccessible(page);

    // On every page, not only the overview.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
    await expect(notice(page)).toBeVisible();

    await notice(page).getByRole('link', { name: 'Read what changed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy Policy' })).toBeFocused();
    await expect(page).toHaveTitle('Privacy Policy – Aptolux');
    await expect(page.getByText('Version 2026-10-01, published on October 1, 2026.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Where we store it and who receives it' })).toBeVisible();
    await expect(notice(page)).toHaveCount(1);
    await expectAccessible(page);

    await notice(page).getByRole('button', { name: 'I have read it' }).click();
    await expect(page.getByText(/^Thank you\. We have noted that you have read the privacy policy of October 1, 2026\.$/)).toBeFocused();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
    await snapshot(page, 'policy-acknowledged-en-desktop');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeFocused();
    await expect(page).toHaveTitle('Activity – Aptolux');
    await expect(entries(page).first()).toContainText('You confirmed that you have read the privacy policy');
    await expect(entries(page).first()).toContainText('Version: 2026-10-01');
    await expect(entries(page).nth(1)).toContainText('You signed in');
    await expect(entries(page).nth(1)).toContainText('IP address');
    await expect(page.getByRole('region', { name: '6 events' })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });

  test('keyboard only: "I have read it" from the notice, then on to the activity log', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();

    await tabTo(page, notice(page).getByRole('button', { name: 'I have read it' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Thank you\./)).toBeFocused();

    await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Activity' }), 60);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeFocused();
    await expect(entries(page).first()).toContainText('You confirmed that you have read the privacy policy');
  });

  test('Jānis, in Latvian: the policy from the footer, a changed choice in his activity', async ({ page }) => {
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    // He has read the current version: no notice.
    await expect(notice(page, 'Privātuma politikas izmaiņas')).toHaveCount(0);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Privātuma politika' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privātuma politika' })).toBeFocused();
    await expect(page).toHaveTitle('Privātuma politika – Fotolukss');
    await expect(page.getByText('Redakcija 2025-03-01, publicēšanas datums: 2025. gada 1. marts.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Izlasīju' })).toHaveCount(0);
    await expectAccessible(page);

    const nav = page.getByRole('navigation', { name: 'Sadaļas' });
    await nav.getByRole('link', { name: 'Mārketinga izvēles' }).click();
    const email = page.getByRole('switch', { name: 'E-pasts' });
    await email.click();
    await expect(email).toHaveAttribute('aria-checked', 'false');

    await nav.getByRole('link', { name: 'Darbības vēsture' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Darbības vēsture' })).toBeFocused();
    await expect(page).toHaveTitle('Darbības vēsture – Fotolukss');
    await expect(entries(page).first()).toContainText('Jūs mainījāt mārketinga izvēles');
    await expect(entries(page).first()).toContainText('Kas mainījās: mārketinga paziņojumi e-pastā');
    await expect(entries(page).nth(1)).toContainText('Jūs pieslēdzāties');
    await expect(page.getByRole('region', { name: '3 notikumi' })).toBeVisible();
    await expect(page.getByText('Parādīti: 3 no 3.')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('how policy changes and activity look', () => {
  for (const [width, height, device] of [
    [375, 740, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test(`notice, policy and activity at ${device} width, in both languages`, async ({ page }) => {
      await resetBackend(page, 'aptolux');
      await page.setViewportSize({ width, height });
      await signIn(page, 'aptolux', 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
      await expect(notice(page)).toBeVisible();
      await snapshot(page, `policy-notice-en-${device}`);
      await page.goto(tenantUrl('aptolux', '/activity'));
      await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
      await snapshot(page, `activity-en-${device}`);

      await page.getByRole('button', { name: 'Latviešu' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Darbības vēsture' })).toBeVisible();
      await expect(notice(page, 'Privātuma politikas izmaiņas')).toContainText('Jaunās redakcijas datums: 2026. gada 1. oktobris.');
      await snapshot(page, `activity-lv-${device}`);
      await expectAccessible(page);
      await notice(page, 'Privātuma politikas izmaiņas').getByRole('link', { name: 'Izlasīt, kas mainījies' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Privātuma politika' })).toBeVisible();
      await snapshot(page, `policy-lv-${device}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Privacy Policy' })).toBeVisible();
      await snapshot(page, `policy-en-${device}`);
    });
  }
});
