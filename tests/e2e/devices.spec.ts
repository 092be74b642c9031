import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl } from './tenants';

// Where Anna is signed in, in the production build: two real browsers (contexts) signed in as
// her; one signs the other out and the other meets its sign-in on its next step.

const phoneAgent = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';
const phoneName = 'Android · Firefox 133';

async function annaOnHerPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ userAgent: phoneAgent, viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await signIn(phone, 'aptolux', 'anna@example.com');
  await expect(phone.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
  return phone;
}

async function openDevices(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'See where you are signed in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where you are signed in' })).toBeFocused();
}

const places = (page: Page) => page.getByRole('main').getByRole('listitem');

async function meetsSignInAgain(phone: Page): Promise<void> {
  await phone.getByRole('link', { name: 'Correct my data' }).first().click();
  await expect(phone.getByRole('dialog', { name: 'Your session has ended' })).toBeVisible();
}

test.describe('where you are signed in', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna signs her phone out from her computer; the phone meets its sign-in', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const phone = await annaOnHerPhone(browser);
    await signIn(page, 'aptolux', 'anna@example.com');
    await openDevices(page);
    await expect(page).toHaveTitle('Where you are signed in – Aptolux');
    await expect(page.getByRole('heading', { level: 2, name: 'Signed in on 5 devices' })).toBeVisible();
    await expect(places(page).first()).toContainText('This device');
    await expect(page.getByRole('listitem', { name: phoneName })).toContainText('Last active');
    await expectAccessible(page);
    await snapshot(page, 'devices-en-desktop');

    // By keyboard: open the confirmation, think again (Escape), focus is back on the button.
    const signOutPhone = page.getByRole('button', { name: `Sign out ${phoneName}` });
    await signOutPhone.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Sign out ${phoneName}?` });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(signOutPhone).toBeFocused();

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Sign out that device' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${phoneName} is signed out.` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Signed in on 4 devices' })).toBeFocused();
    await expect(page.getByRole('listitem', { name: phoneName })).toHaveCount(0);

    await meetsSignInAgain(phone);
    await snapshot(phone, 'devices-signed-out-phone');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('You signed out another device');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(phoneName);
    await phone.context().close();
  });

  test('"Sign out all other devices" keeps this one signed in', async ({ page, browser }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await annaOnHerPhone(browser);
    await signIn(page, 'aptolux', 'anna@example.com');
    await openDevices(page);
    await page.getByRole('button', { name: 'Sign out all other devices' }).click();
    await page.getByRole('dialog', { name: 'Sign out all other devices?' }).getByRole('button', { name: 'Sign out the other devices' }).click();
    await expect(page.getByText('The other devices are signed out. This device stays signed in.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Signed in on 1 device' })).toBeFocused();
    await snapshot(page, 'devices-only-this-en-phone');

    await meetsSignInAgain(phone);
    // This one is still signed in after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Where you are signed in' })).toBeVisible();
    await expect(places(page)).toHaveCount(1);
    await expect(places(page).first()).toContainText('This device');
    await phone.context().close();
  });

  test('"Sign out on all devices" on the overview ends this one too', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const phone = await annaOnHerPhone(browser);
    await signIn(page, 'aptolux', 'anna@example.com');
    await page.getByRole('button', { name: 'Sign out on all devices' }).click();
    await page.getByRole('dialog', { name: 'Sign out on all devices?' }).getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL(tenantUrl('aptolux', '/sign-in'));
    await meetsSignInAgain(phone);
    // Signing in again, nobody else is left.
    await signIn(page, 'aptolux', 'anna@example.com');
    await openDevices(page);
    await expect(places(page)).toHaveCount(1);
    await phone.context().close();
  });

  test('Jānis sees where he is signed in, in Latvian', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await page.getByRole('link', { name: 'Skatīt, kur jūsu konts ir pieslēgts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kur jūsu konts ir pieslēgts' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Pieslēgts 2 ierīcēs' })).toBeVisible();
    await expect(places(page).first()).toContainText('Šī ierīce');
    await expectAccessible(page);
    await snapshot(page, 'devices-lv-320');
    await page.getByRole('button', { name: 'Iziet ierīcē Android · Chrome 131' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Iziet tajā ierīcē' }).click();
    await expect(page.getByText('Ierīce Android · Chrome 131 vairs nav pieslēgta.')).toBeVisible();
  });
});
