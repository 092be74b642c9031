import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl } from './tenants';

// GDPR Art. 19 in the production build: after correcting their own data, the customer sees which
// recipients are told, and the next day, in their requests, when each was told.

test.describe('recipients told of a correction', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna changes her address and sees which recipients were told', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/profile'));
    const second = page.getByRole('group', { name: 'Address 2 – Lauku māja' });
    await second.getByLabel('Street and house').fill('Jūras iela 5');
    await second.getByLabel('City or municipality').fill('Ventspils');
    await second.getByLabel('Postal code').fill('LV-3601');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();
    await expect(page.getByText('We are telling those who received this data about the change (GDPR Article 19): Wix.com and Pipedrive')).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'recipients-told-en-phone-profile');

    // The next morning: the demo backend's clock moves on; she signs in again.
    const moved = await page.request.post(tenantUrl('aptolux', '/api/__mock/clock'), { data: { advanceMs: 7 * 3_600_000 } });
    expect(moved.ok()).toBe(true);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/requests'));
    const correction = page.getByRole('region', { name: 'Your requests' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Correction' }) }).first();
    await expect(correction).toContainText('Status: Answered');
    await expect(correction).toContainText('Addresses');
    await correction.getByText('Recipients told: 1 of 2').click();
    await expect(correction.getByRole('listitem').filter({ hasText: 'Wix.com' })).toContainText(/Told: \w+ \d+, \d{4}/);
    await expect(correction.getByRole('listitem').filter({ hasText: 'Pipedrive' })).toContainText('Could not be reached; we are trying again');
    await expect(correction.getByRole('listitem').filter({ hasText: 'Stripe' })).toContainText('Not needed: it never received this data');
    await expectAccessible(page);
    await snapshot(page, 'recipients-told-en-phone-requests');
    await page.setViewportSize({ width: 320, height: 800 });
    await snapshot(page, 'recipients-told-en-320-requests');
  });

  test('Jānis changes his phone number in Latvian and sees who is told', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/profile'));
    await page.getByLabel('Tālruņa numurs (nav obligāts)').fill('2612 3456');
    await page.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
    await expect(page.getByText('Izmaiņas ir saglabātas.')).toBeVisible();
    await expect(
      page.getByText('Par izmaiņām informējam šo datu saņēmējus (VDAR 19. pants): Piegādes serviss (fiktīvs) un Mitināšanas pakalpojums (fiktīvs)'),
    ).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'recipients-told-lv-desktop-profile');
    await page.getByRole('link', { name: 'Skatīt, kad katrs tika informēts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Citas manas tiesības' })).toBeVisible();
    const correction = page.getByRole('region', { name: 'Jūsu pieprasījumi' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Labošana' }) }).first();
    await expect(correction).toContainText('Statuss: Atbildēts');
    await expect(correction).toContainText('Jūs to izlabojāt paši profila lapā.');
    await expect(correction.getByText('Informētie saņēmēji: vēl neviens no 2')).toBeVisible();
    await expectAccessible(page);
  });
});
