import { clearFaults, expect, expectAccessible, injectFault, resetBackend, signIn, snapshot, test } from './fixtures';
import type { Page } from '@playwright/test';
import { tenantUrl } from './tenants';

/** Signs in on the sign-in page already open, keeping the link's `next`. */
async function signInHere(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('privacy-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('signing in and out', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna signs in to Aptolux in English and signs out', async ({ page }) => {
    await page.goto(tenantUrl('aptolux', '/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveTitle('Sign in – Aptolux');
    await expectAccessible(page);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await expect(page).toHaveTitle('Overview – Aptolux');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    // The session lives in an HttpOnly cookie only: no token or personal data in web storage
    // (React Router keeps scroll positions in sessionStorage), nothing in document.cookie.
    const [sessionCookie] = await page.context().cookies();
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const storage = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    }));
    expect(storage.local).toEqual([]);
    expect(storage.session.map(([key]) => key)).toEqual(['react-router-scroll-positions']);
    expect(JSON.stringify(storage)).not.toContain(sessionCookie?.value);
    expect(JSON.stringify(storage)).not.toMatch(/anna|csrf|token/i);
    expect(storage.cookie).toBe('');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('the bulk customer signs in and out', async ({ page }) => {
    await signIn(page, 'aptolux', 'bulk@example.com');
    await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('Jānis signs in to Fotolukss in Latvian and signs out', async ({ page }) => {
    await page.goto(tenantUrl('fotolukss', '/sign-in'));
    await expect(page.getByRole('heading', { level: 1, name: 'Pieslēgties' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expectAccessible(page);
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Iziet', exact: true }).click();
    await expect(page.getByText('Sesija ir beigta. Uz redzēšanos!')).toBeVisible();
  });

  test('a wrong password says so in the page language', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com', 'wrong-password');
    await expect(page.getByRole('alert')).toHaveText(/The e-mail address or password is not right/);
    await expectAccessible(page);
    await signIn(page, 'fotolukss', 'janis@example.lv', 'nepareiza-parole');
    await expect(page.getByRole('alert')).toHaveText(/E-pasta adrese vai parole nav pareiza/);
  });

  test('the language switcher changes the whole page and <html lang>', async ({ page }) => {
    await page.goto(tenantUrl('aptolux', '/sign-in'));
    await page.getByRole('button', { name: 'Latviešu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pieslēgties' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page).toHaveTitle('Pieslēgties – Aptolux');
  });

  test('a session that ends mid-page is recovered in place', async ({ page }) => {
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await injectFault(page, 'aptolux', { kind: 'session-expired', method: 'PATCH', path: '/me/profile' });
    await page.getByRole('button', { name: 'Latviešu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jūsu sesija ir beigusies' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Parole')).toBeFocused();
    await expectAccessible(page);
    await dialog.getByLabel('Parole').fill('privacy-demo');
    await dialog.getByRole('button', { name: 'Pieslēgties un turpināt' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeVisible();
    // The interrupted save went through: after reloading, the page is still Latvian.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeVisible();
  });

  test('a sign-in link whose next page hides another site lands on the overview', async ({ page }) => {
    // A browser drops tabs and line breaks from a URL, so "/<tab>/evil.example" would be another
    // site: such a link must still sign the customer in, to the overview.
    for (const next of ['%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%0D%2Fevil.example', '%2F%E2%80%8B%2Fevil.example']) {
      await page.context().clearCookies();
      await page.goto(tenantUrl('aptolux', `/sign-in?next=${next}`));
      await signInHere(page, 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/');
    }
  });

  test('a sign-in link to a portal page lands there', async ({ page }) => {
    await page.goto(tenantUrl('aptolux', '/sign-in?next=%2Fprofile'));
    await signInHere(page, 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Correct my data' })).toBeVisible();
  });

  test('unknown addresses get a 404 page', async ({ page }) => {
    await page.goto(tenantUrl('aptolux', '/no-such-page'));
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the error pages say what happened and offer a way forward', async ({ page }) => {
    // Every answer fails, so the portal's own retries with backoff cannot get past it.
    await injectFault(page, 'aptolux', { kind: 'server-error', method: 'GET', path: '/organization', times: 'Infinity' });
    await page.goto(tenantUrl('aptolux', '/sign-in'));
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    await expectAccessible(page);
    await clearFaults(page, 'aptolux');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await injectFault(page, 'aptolux', { kind: 'network', method: 'GET', path: '/organization', times: 'Infinity' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'You seem to be offline' })).toBeVisible();
    await expectAccessible(page);
  });

  test('after 14 quiet minutes a warning offers to stay; at 15 the session ends', async ({ page }) => {
    await page.clock.install();
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.clock.fastForward('14:05');
    const warning = page.getByRole('dialog', { name: 'Are you still there?' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/you will be signed out in \d+ seconds/);
    await expectAccessible(page);
    // One key press is activity enough to stay (WCAG 2.2.1).
    await page.keyboard.press('Enter');
    await expect(warning).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();

    await page.clock.fastForward('15:05');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('For your security you were signed out after 15 minutes without activity.', { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test('keyboard only: sign in, then the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(tenantUrl('aptolux', '/sign-in'));
    await page.getByLabel('E-mail address').focus();
    await page.keyboard.type('anna@example.com');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type('privacy-demo');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    // After a client-side navigation focus is on the new <h1>; on a fresh load it starts at the top.
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('how it looks', () => {
  for (const [width, height, device] of [
    [375, 740, 'phone'],
    [1280, 800, 'desktop'],
  ] as const) {
    test(`sign-in and overview at ${device} width, in both languages`, async ({ page }) => {
      await resetBackend(page, 'aptolux');
      await page.setViewportSize({ width, height });
      await page.goto(tenantUrl('aptolux', '/sign-in'));
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await snapshot(page, `sign-in-en-${device}`);
      await signIn(page, 'aptolux', 'anna@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
      await snapshot(page, `overview-en-${device}`);
      await page.getByRole('button', { name: 'Latviešu' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Anna!' })).toBeVisible();
      await snapshot(page, `overview-lv-${device}`);
      // Nothing may scroll sideways at phone width (WCAG 1.4.10 reflow).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
