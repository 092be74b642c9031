import type { Browser } from '@playwright/test';
import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl, type Tenant } from './tenants';

/** Another device: its own cookies, signs in over the API and saves the profile. */
async function saveFromAnotherDevice(browser: Browser, tenant: Tenant, email: string, patch: Record<string, unknown>) {
  const context = await browser.newContext();
  try {
    const api = (path: string) => tenantUrl(tenant, `/api/v1${path}`);
    const anonymous = await (await context.request.get(api('/session'))).json();
    const session = await context.request.post(api('/session'), {
      data: { email, password: 'privacy-demo' },
      headers: { 'X-CSRF-Token': anonymous.csrfToken },
    });
    expect(session.ok()).toBe(true);
    const { csrfToken } = await session.json();
    const profile = await context.request.get(api('/me/profile'));
    const saved = await context.request.patch(api('/me/profile'), {
      data: patch,
      headers: { 'If-Match': profile.headers().etag ?? '', 'X-CSRF-Token': csrfToken },
    });
    expect(saved.status()).toBe(200);
  } finally {
    await context.close();
  }
}

test.describe('correcting my data', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna changes her phone and an address; after a reload they are still there', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await page.getByRole('link', { name: 'Correct my data' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Correct my data' })).toBeVisible();
    await expect(page).toHaveTitle('Correct my data – Aptolux');
    await expectAccessible(page);
    await snapshot(page, 'profile-en-desktop');

    await page.getByLabel('Phone number (optional)').fill('+371 2612 3456');
    const second = page.getByRole('group', { name: 'Address 2 – Lauku māja' });
    await second.getByLabel('Street and house').fill('Jūras iela 5');
    await second.getByLabel('City or municipality').fill('Ventspils');
    await second.getByLabel('Postal code').fill('LV-3601');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Phone number (optional)')).toHaveValue('+37126123456');
    const reloaded = page.getByRole('group', { name: 'Address 2 – Lauku māja' });
    await expect(reloaded.getByLabel('Street and house')).toHaveValue('Jūras iela 5');
    await expect(reloaded.getByLabel('City or municipality')).toHaveValue('Ventspils');
    await expect(reloaded.getByLabel('Postal code')).toHaveValue('LV-3601');
  });

  test('validation errors are announced in a summary and the page stays accessible', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/profile'));
    await page.getByLabel('First name').fill('');
    await page.getByLabel('Phone number (optional)').fill('not a number');
    await page.getByLabel('Last name').fill('Bērziņa-Šķēle 🙂 שלום <script>alert(1)</script>');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There are 2 problems' });
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('First name')).toHaveAccessibleDescription('Fill this in.');
    await expectAccessible(page);
    await snapshot(page, 'profile-en-phone-errors');
    await summary.getByRole('link', { name: /^Phone number/ }).click();
    await expect(page.getByLabel('Phone number (optional)')).toBeFocused();
  });

  test('a change saved on another device meets the form: the person sees both and chooses', async ({ page, browser }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/profile'));
    await page.getByLabel('First name').fill('Annija');

    await saveFromAnotherDevice(browser, 'aptolux', 'anna@example.com', { firstName: 'Anne' });
    await page.getByRole('button', { name: 'Save changes' }).click();

    const dialog = page.getByRole('dialog', { name: 'Your data was changed elsewhere' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Saved elsewhere');
    await expect(dialog.getByText('Anne', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Annija', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'profile-en-phone-conflict');
    await dialog.getByRole('button', { name: 'Keep what I entered' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Annija');
  });

  test('closing the tab with unsaved changes asks first (beforeunload)', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/profile'));
    await page.getByLabel('First name').click();
    await page.keyboard.type('ja');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(page.getByLabel('First name')).toHaveValue('Annaja');
  });

  test('Jānis reads everything in Latvian', async ({ page }) => {
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.getByRole('link', { name: 'Labot manus datus' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Labot manus datus' })).toBeVisible();
    await expect(page).toHaveTitle('Labot manus datus – Fotolukss');
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page.getByLabel('Vārds', { exact: true })).toHaveValue('Jānis');
    await expect(page.getByRole('heading', { name: 'E-pasta adrese' })).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await snapshot(page, 'profile-lv-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByLabel('Vārds', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Veidlapā ir 1 kļūda' })).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'profile-lv-phone-errors');
  });
});
