import type { Page } from '@playwright/test';
import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl, type Tenant } from './tenants';

// A rights request moves in the production build: the demo backend's privacy desk answers on its
// clock, which the test moves on with the demo controls; the customer comes back, signs in again
// (the session ended meanwhile) and reads the answer, the extension, or who was told.

const hour = 3_600_000;
const day = 24 * hour;

async function advance(page: Page, tenant: Tenant, ms: number): Promise<void> {
  const response = await page.request.post(tenantUrl(tenant, '/api/__mock/clock'), { data: { advanceMs: ms } });
  expect(response.ok()).toBe(true);
}

/** The requests themselves, not the steps of their timelines or their recipients. */
const requestItems = (page: Page, listName: string) =>
  page.getByRole('region', { name: listName }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });

test.describe('a rights request’s lifecycle', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna asks a question, and two days later reads the answer; she withdraws another request', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/requests'));
    const form = page.getByRole('region', { name: 'Make a request' });
    await form.getByRole('radio', { name: /^Ask a question/ }).check();
    await form.getByLabel('Your message').fill('Who receives my phone number?');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('status')).toContainText(/^Request sent\./);
    const items = requestItems(page, 'Your requests');
    await expect(items.first()).toContainText('Status: Received');
    await expect(items.first()).toContainText(/We must answer by \w+ \d+, \d{4}\. \d+ days left\./);

    await advance(page, 'aptolux', 2 * day + hour);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/requests'));
    const answered = items.first();
    await expect(answered).toContainText('Status: Answered');
    await expect(answered.getByRole('heading', { level: 4, name: 'Our answer' })).toBeVisible();
    await expect(answered).toContainText('Thank you for your question.');
    const steps = answered.getByRole('list', { name: 'What happened' }).getByRole('listitem');
    await expect(steps).toHaveText([/We received it$/, /We started handling it$/, /We answered$/]);
    await expect(answered.getByRole('button', { name: 'Withdraw request' })).toHaveCount(0);
    await expectAccessible(page);
    await snapshot(page, 'requests-lifecycle-en-phone-answered');
    await page.setViewportSize({ width: 320, height: 800 });
    await snapshot(page, 'requests-lifecycle-en-320-answered');

    // The refused request from before: the reason and the way to complain.
    const refused = items.filter({ hasText: 'PR-2026-0019' });
    await expect(refused).toContainText('Status: Refused');
    await expect(refused).toContainText('you can complain to the supervisory authority, Data State Inspectorate');

    // Another request, withdrawn by keyboard after confirming.
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole('radio', { name: /^Object to how my data is used/ }).check();
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('status')).toContainText(/^Request sent\./);
    await items.first().getByRole('button', { name: 'Withdraw request' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Withdraw request PR-\d{4}-\d{4}\?$/ });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Withdraw' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(items.first().getByRole('status')).toContainText(/^Request PR-\d{4}-\d{4} withdrawn\.$/);
    await expect(items.first().getByRole('heading', { level: 3, name: 'Objection' })).toBeFocused();
    await expect(items.first()).toContainText('Status: Withdrawn');
    await expectAccessible(page);
    await snapshot(page, 'requests-lifecycle-en-desktop');
  });

  test('with the desk switched off and forty days passed on the backend, the request is overdue', async ({ page }) => {
    expect((await page.request.post(tenantUrl('aptolux', '/api/__mock/desk'), { data: { on: false } })).ok()).toBe(true);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/requests'));
    const form = page.getByRole('region', { name: 'Make a request' });
    await form.getByRole('radio', { name: /^Ask a question/ }).check();
    await form.getByLabel('Your message').fill('Anyone there?');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('status')).toContainText(/^Request sent\./);

    // Only the backend's clock moves: the browser still thinks it is the day of filing.
    await advance(page, 'aptolux', 40 * day);
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await page.goto(tenantUrl('aptolux', '/requests'));
    const late = requestItems(page, 'Your requests').first();
    await expect(late).toContainText('Status: Received, Overdue');
    await expect(late).toContainText(/We had to answer by \w+ \d+, \d{4}\. If you have had no answer, you can complain to the supervisory authority \(below\)\. \d+ days late\./);
    await expectAccessible(page);
  });

  test('Jānis restricts the use of his contact details in Latvian and sees which recipients were told', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/requests'));
    const form = page.getByRole('region', { name: 'Iesniegt pieprasījumu' });
    await form.getByRole('radio', { name: /^Ierobežot manu datu apstrādi/ }).check();
    await form.getByLabel('Par ko tas ir? (nav obligāti)').selectOption({ label: 'Kontaktinformācija' });
    await form.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();
    await expect(form.getByRole('status')).toContainText(/^Pieprasījums nosūtīts\./);
    const items = requestItems(page, 'Jūsu pieprasījumi');
    await expect(items.first()).toContainText('Statuss: Saņemts');
    await expect(items.first()).toContainText(/Atbildes termiņš: \d{4}\. gada \d+\. \p{L}+\. (Atlikušas \d+ dienas|Atlikusi \d+ diena)\./u);
    await expect(items.first().getByText('Informētie saņēmēji: vēl neviens no 2')).toBeVisible();

    // Carried out on day 3; the desk tells the recipients within the day, one fails the first time.
    await advance(page, 'fotolukss', 3 * day + 7 * hour);
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/requests'));
    const done = items.first();
    await expect(done).toContainText('Statuss: Atbildēts');
    await expect(done).toContainText(/Atbildes datums: \d{4}\. gada \d+\. \p{L}+\./u);
    await expect(done.getByRole('list', { name: 'Norise' }).getByRole('listitem')).toHaveText([/Pieprasījums saņemts$/, /Sākta izskatīšana$/, /Atbilde sniegta$/]);
    await done.getByText('Informētie saņēmēji: 1 no 2').click();
    await expect(done.getByRole('listitem').filter({ hasText: 'Mitināšanas pakalpojums' })).toContainText(/Informēts: \d{4}\. gada/);
    await expect(done.getByRole('listitem').filter({ hasText: 'Piegādes serviss' })).toContainText('Neizdevās sazināties; mēģinām vēlreiz');
    await expect(done.getByRole('listitem').filter({ hasText: 'Maksājumu banka' })).toContainText('Nav jāinformē: šos datus nav saņēmis');
    await expectAccessible(page);
    await snapshot(page, 'requests-lifecycle-lv-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await snapshot(page, 'requests-lifecycle-lv-desktop');
  });
});
