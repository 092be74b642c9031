import { expect, expectAccessible, resetBackend, signIn, snapshot, tabTo, test } from './fixtures';
import { tenantUrl } from './tenants';

test.describe('deleting the account', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna schedules the deletion by keyboard only, is signed out, signs in again and cancels', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await tabTo(page, nav.getByRole('link', { name: 'Delete my account' }));
    await page.keyboard.press('Enter');

    // Step 1: the consequences.
    await expect(page.getByRole('heading', { level: 1, name: 'Delete my account' })).toBeFocused();
    await expect(page).toHaveTitle('Delete my account – Aptolux');
    await expect(page.getByRole('region', { name: 'What we must keep, and why' })).toContainText('5 years');
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'I understand, continue' }));
    await page.keyboard.press('Enter');

    // Step 2: the confirmation.
    await expect(page.getByRole('heading', { level: 2, name: 'Confirm that you want to delete your account' })).toBeFocused();
    await expect(page).toHaveTitle('Confirm deletion – Delete my account – Aptolux');
    await tabTo(page, page.getByLabel('Password'));
    await page.keyboard.type('privacy-demo');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('E-mail address of your account')).toBeFocused();
    await expect(page.getByText('Type the e-mail address of your account.', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole('button', { name: 'Delete my account' })).toBeDisabled();
    await page.keyboard.type('anna@example.com');
    await expect(page.getByRole('button', { name: 'Delete my account' })).toBeEnabled();
    await tabTo(page, page.getByRole('radio', { name: 'I would rather not say' }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'I no longer use the account' })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Delete my account' }));
    await page.keyboard.press('Enter');

    // The goodbye page, signed out.
    await expect(page.getByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/goodbye');
    await expect(page.getByRole('main')).toContainText('You have been signed out.');
    await expect(page.getByRole('main')).toContainText('hello@aptolux.com');
    await expectAccessible(page);
    await tabTo(page, page.getByRole('link', { name: 'Sign in to cancel the deletion' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // Signing in during the grace period: decide first.
    await tabTo(page, page.getByLabel('E-mail address'));
    await page.keyboard.type('anna@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('privacy-demo');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account is scheduled for deletion' })).toBeVisible();
    await expect(page).toHaveTitle('Your account is scheduled for deletion – Aptolux');
    await expectAccessible(page);
    await tabTo(page, page.getByRole('button', { name: 'Cancel deletion' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Deletion cancelled. Your account stays, and you can use it as before.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeFocused();

    // Back to normal: writable again (the language is saved on the profile), and no gate on reload.
    await page.getByRole('button', { name: 'Latviešu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeVisible();
    await expect(page.getByText(/Jūsu konta dzēšana ir ieplānota/)).toHaveCount(0);
  });

  test('Jānis deletes his photo lab account at once, in Latvian; signing in then fails', async ({ page }) => {
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/delete-account'));
    await expect(page.getByRole('heading', { level: 1, name: 'Dzēst manu kontu' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kad tas notiek' })).toContainText('To nevar atsaukt.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Saprotu, turpināt' }).click();
    await expect(page.getByText('To nevar atsaukt', { exact: true })).toBeVisible();
    await page.getByLabel('Parole').fill('privacy-demo');
    await page.getByLabel('Jūsu konta e-pasta adrese').fill('janis@example.lv');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Dzēst manu kontu tagad' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jūsu konts ir dzēsts' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Atcelt dzēšanu');
    await expectAccessible(page);
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('alert')).toHaveText(/E-pasta adrese vai parole nav pareiza/);
  });

  test('after the grace period Anna’s account is gone', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await page.goto(tenantUrl('aptolux', '/delete-account'));
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByLabel('Password').fill('privacy-demo');
    await page.getByLabel('E-mail address of your account').fill('anna@example.com');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeVisible();
    const clock = await page.request.post(tenantUrl('aptolux', '/api/__mock/clock'), { data: { advanceMs: 15 * 24 * 3600_000 } });
    expect(clock.ok()).toBe(true);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('alert')).toHaveText(/The e-mail address or password is not right/);
  });
});

test.describe('how deletion looks', () => {
  for (const [width, height, device] of [
    [375, 740, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test(`steps, goodbye page and the gate at ${device} width, in both languages`, async ({ page }) => {
      await resetBackend(page, 'aptolux');
      await resetBackend(page, 'fotolukss');
      await page.setViewportSize({ width, height });
      await signIn(page, 'aptolux', 'anna@example.com');
      await page.goto(tenantUrl('aptolux', '/delete-account'));
      await expect(page.getByRole('heading', { level: 1, name: 'Delete my account' })).toBeVisible();
      await snapshot(page, `deletion-step1-en-${device}`);
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      // Unavailable (aria-disabled) until both answers are right, but still focusable: pressing
      // it says what is missing. (click() would wait for it to become enabled.)
      await expect(page.getByRole('button', { name: 'Delete my account' })).toBeDisabled();
      await page.getByRole('button', { name: 'Delete my account' }).press('Enter');
      await expect(page.getByLabel('Password')).toBeFocused();
      await snapshot(page, `deletion-step2-errors-en-${device}`);
      await page.getByLabel('Password').fill('privacy-demo');
      await page.getByLabel('E-mail address of your account').fill('anna@example.com');
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your account will be deleted' })).toBeVisible();
      await snapshot(page, `deletion-goodbye-en-${device}`);
      await signIn(page, 'aptolux', 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Your account is scheduled for deletion' })).toBeVisible();
      await snapshot(page, `deletion-gate-en-${device}`);
      await page.getByRole('button', { name: 'Keep it scheduled' }).click();
      await expect(page.getByText(/Until then it can be viewed but not changed/)).toBeVisible();
      await snapshot(page, `deletion-kept-en-${device}`);

      await signIn(page, 'fotolukss', 'janis@example.lv');
      await page.goto(tenantUrl('fotolukss', '/delete-account'));
      await expect(page.getByRole('heading', { level: 1, name: 'Dzēst manu kontu' })).toBeVisible();
      await snapshot(page, `deletion-step1-lv-${device}`);
      await page.getByRole('button', { name: 'Saprotu, turpināt' }).click();
      await page.getByLabel('Parole').fill('privacy-demo');
      await page.getByLabel('Jūsu konta e-pasta adrese').fill('janis@example.lv');
      await snapshot(page, `deletion-step2-lv-${device}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Dzēst manu kontu tagad' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Jūsu konts ir dzēsts' })).toBeVisible();
      await snapshot(page, `deletion-goodbye-lv-${device}`);
    });
  }
});
