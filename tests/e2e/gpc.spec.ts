import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, snapshot, resetBackend, signIn, test } from './fixtures';
import { tenantUrl, type Tenant } from './tenants';

// A browser that sends Global Privacy Control, as Brave, DuckDuckGo or Firefox with the setting
// do: the header on every request and `navigator.globalPrivacyControl` in the page.

async function gpcBrowser(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' }, viewport });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
  });
  return context.newPage();
}

async function openPreferences(page: Page, tenant: Tenant, name: RegExp): Promise<void> {
  await page.goto(tenantUrl(tenant, '/preferences'));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('Global Privacy Control', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna signs in with the signal and finds selling and sharing off, without a click', async ({ browser }) => {
    const page = await gpcBrowser(browser);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await openPreferences(page, 'aptolux', /^Marketing preferences$/);

    const notice = page.getByRole('region', { name: 'Global Privacy Control honoured' });
    await expect(notice).toContainText('So we have turned off personalised advertising and sharing with marketing partners for you.');
    await expect(notice.getByRole('button')).toHaveCount(0);
    // Facebook ads and Klaviyo sharing were on in her data; the backend switched them off.
    await expect(page.getByRole('switch', { name: 'Facebook' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Klaviyo' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Newsletter' })).toBeChecked();
    await expectAccessible(page);
    await snapshot(page, 'gpc-en-desktop');

    await page.getByRole('link', { name: 'History of your choices' }).click();
    const history = page.getByRole('main').getByRole('listitem');
    await expect(history.first()).toContainText('Global Privacy Control (a signal from your browser)');
    await expect(history.nth(1)).toContainText('Global Privacy Control (a signal from your browser)');
    await page.context().close();
  });

  test('a partner Anna switches back on deliberately stays on, with a note', async ({ browser }) => {
    const page = await gpcBrowser(browser, { width: 390, height: 844 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await openPreferences(page, 'aptolux', /^Marketing preferences$/);
    const facebook = page.getByRole('switch', { name: 'Facebook' });
    await expect(facebook).not.toBeChecked();
    await facebook.click();
    await expect(facebook).toBeChecked();
    const note = page.getByText(/You switched these back on yourself afterwards/);
    await expect(note).toContainText('Facebook');

    await page.reload();
    await expect(page.getByRole('switch', { name: 'Facebook' })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Klaviyo' })).not.toBeChecked();
    await expect(note).toBeVisible();
    await snapshot(page, 'gpc-kept-on-en-phone');
    await page.context().close();
  });

  test('without the signal nothing changes', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await openPreferences(page, 'aptolux', /^Marketing preferences$/);
    await expect(page.getByRole('switch', { name: 'Facebook' })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Klaviyo' })).toBeChecked();
    await expect(page.getByText(/Global Privacy Control/)).toHaveCount(0);
  });

  test('Jānis reads it in Latvian', async ({ browser }) => {
    const page = await gpcBrowser(browser, { width: 320, height: 800 });
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await openPreferences(page, 'fotolukss', /^Mārketinga izvēles$/);
    const notice = page.getByRole('region', { name: 'Global Privacy Control signāls ievērots' });
    await expect(notice).toContainText('Jūsu pārlūks sūta Global Privacy Control signālu');
    await expect(notice).toContainText('Fotolukss neizmanto jūsu datus personalizētai reklāmai');
    await expectAccessible(page);
    await snapshot(page, 'gpc-lv-320');
    await page.context().close();
  });
});
