import { expect, expectAccessible, resetBackend, signIn, snapshot, tabTo, test } from './fixtures';
import { tenantUrl } from './tenants';

// My other rights in the production build against the demo backend: filing requests by
// keyboard, the due date, a lost connection, Latvian, and where to complain.

test.describe('my other rights', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna asks a question by keyboard alone and sees when the answer is due', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'aptolux', 'anna@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
    await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My other rights' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'My other rights' })).toBeFocused();
    await expect(page).toHaveTitle('My other rights – Aptolux');
    const list = page.getByRole('region', { name: 'Your requests' });
    // The requests, not the steps of their timelines.
    const requests = list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(requests).toHaveCount(2);
    await expect(list).toContainText('PR-2026-0007');
    const complaint = page.getByRole('region', { name: 'Complain to the supervisory authority' });
    await expect(complaint).toContainText('Data State Inspectorate (Datu valsts inspekcija)');
    await expect(complaint.getByRole('link', { name: 'pasts@dvi.gov.lv' })).toBeVisible();
    await expectAccessible(page);

    // Sending nothing: the summary says what is missing and takes focus.
    const form = page.getByRole('region', { name: 'Make a request' });
    await tabTo(page, form.getByRole('button', { name: 'Send request' }));
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toBeFocused();
    await expect(form.getByRole('alert')).toContainText('Choose what you want to do.');
    await expectAccessible(page);
    await snapshot(page, 'requests-en-desktop-errors');

    // The radios: Tab into the group, arrows to choose.
    await tabTo(page, form.getByRole('radio', { name: /^Restrict how my data is used/ }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: /^Ask a question/ })).toBeChecked();
    await tabTo(page, form.getByLabel('What is it about? (optional)'));
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Your message')).toBeFocused();
    await page.keyboard.type('Who receives my phone number, and why?');

    // The connection drops after the server filed it: the text stays, and sending again files it
    // once (the same Idempotency-Key). (The mock's "network" fault is a reset socket, which
    // Chromium silently retries, so the browser side drops the answer here.)
    let dropped = false;
    await page.route('**/api/v1/me/requests', async (route) => {
      if (route.request().method() !== 'POST' || dropped) return route.fallback();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await tabTo(page, form.getByRole('button', { name: 'Send request' }));
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText('We cannot reach the server.');
    await expect(form.getByLabel('Your message')).toHaveValue('Who receives my phone number, and why?');
    await page.keyboard.press('Enter');

    const confirmation = form.getByRole('status');
    await expect(confirmation).toBeFocused();
    await expect(confirmation).toContainText(/^Request sent\. Its reference is PR-\d{4}-\d{4}\.We must answer by \w+ \d+, \d{4}\./);
    await expect(requests).toHaveCount(3);
    const first = requests.first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Question');
    await expect(first).toContainText('Status: Received');
    await expect(first).toContainText(/We must answer by \w+ \d+, \d{4}\./);
    await expect(first).toContainText('Who receives my phone number, and why?');
    await expectAccessible(page);
    await snapshot(page, 'requests-en-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await snapshot(page, 'requests-en-phone');

    // The list survives a reload: it lives on the server. (Overdue, judged by the backend's
    // clock, is in requests-lifecycle.spec.ts.)
    await page.reload();
    await expect(requests).toHaveCount(3);
  });

  test('Jānis objects in Latvian on a phone and is shown the quicker way to stop marketing', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, 'fotolukss', 'janis@example.lv');
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Jāni!' })).toBeVisible();
    await page.goto(tenantUrl('fotolukss', '/requests'));
    await expect(page.getByRole('heading', { level: 1, name: 'Citas manas tiesības' })).toBeVisible();
    await expect(page).toHaveTitle('Citas manas tiesības – Fotolukss');
    await expect(page.getByText('Jums vēl nav neviena pieprasījuma.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sūdzība uzraudzības iestādei' })).toContainText('Datu valsts inspekcija');
    await expect(page.getByRole('region', { name: 'Sūdzība uzraudzības iestādei' })).toContainText('Elijas iela 17, Rīga, LV-1050, Latvija');
    await expectAccessible(page);
    await snapshot(page, 'requests-lv-phone-empty');

    const form = page.getByRole('region', { name: 'Iesniegt pieprasījumu' });
    await form.getByRole('radio', { name: /^Iebilst pret manu datu apstrādi/ }).check();
    await expect(form.getByRole('link', { name: 'Uz mārketinga izvēlēm' })).toHaveAttribute('href', '/preferences');
    await form.getByLabel('Par ko tas ir? (nav obligāti)').selectOption({ label: 'Tehniskie dati' });
    await form.getByLabel('Jūsu ziņa').fill('Lūdzu, neizmantojiet manus datus analītikai. <script>alert(1)</script>');
    await expectAccessible(page);
    await snapshot(page, 'requests-lv-phone-objection');
    await form.getByRole('button', { name: 'Nosūtīt pieprasījumu' }).click();

    await expect(form.getByRole('status')).toContainText(/^Pieprasījums nosūtīts\. Tā numurs ir PR-\d{4}-\d{4}\.Atbildes termiņš: /);
    const first = page.getByRole('region', { name: 'Jūsu pieprasījumi' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Iebildums');
    await expect(first).toContainText('Statuss: Saņemts');
    await expect(first).toContainText('Tehniskie dati');
    await expect(first).toContainText('<script>alert(1)</script>');
    await expectAccessible(page);
    await snapshot(page, 'requests-lv-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await snapshot(page, 'requests-lv-desktop');

    await form.getByRole('button', { name: 'Iesniegt vēl vienu pieprasījumu' }).click();
    await form.getByRole('radio', { name: /^Iebilst pret manu datu apstrādi/ }).check();
    await form.getByRole('link', { name: 'Uz mārketinga izvēlēm' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mārketinga izvēles' })).toBeVisible();
  });
});
