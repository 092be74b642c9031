import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl, type Tenant } from './tenants';

// Download my data in the production build against the demo backend, in real time: request,
// watch the progress, download through the browser, and open the file.

interface ExportDocument {
  schemaVersion: string;
  categories: Record<string, { items?: unknown[]; record?: Record<string, unknown>; purposes: string[] }>;
}

async function openExports(page: Page, tenant: Tenant, email: string, heading: string) {
  await signIn(page, tenant, email);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(tenantUrl(tenant, '/export'));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function downloadFile(page: Page, button: RegExp, timeout = 20_000): Promise<{ name: string; bytes: Buffer }> {
  const download = page.getByRole('button', { name: button });
  await expect(download).toBeVisible({ timeout });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test.describe('download my data', () => {
  test.beforeEach(async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await resetBackend(page, 'fotolukss');
  });

  test('Anna requests a JSON export, watches it being prepared and downloads it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openExports(page, 'aptolux', 'anna@example.com', 'Download my data');
    await expect(page).toHaveTitle('Download my data – Aptolux');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Request export' }).click();

    const progress = page.getByRole('progressbar', { name: 'Progress of the JSON export' });
    await expect(progress).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'export-en-desktop-progress');

    const { name, bytes } = await downloadFile(page, /^Download the JSON export/);
    await expect(page.getByText(`Saved as ${name}.`)).toBeVisible();
    expect(name).toMatch(/^aptolux-data-export-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByText(/^in 7 days \(/)).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'export-en-desktop');
    await page.setViewportSize({ width: 375, height: 800 });
    await snapshot(page, 'export-en-phone');

    const document = JSON.parse(bytes.toString('utf8')) as ExportDocument;
    expect(document.schemaVersion).toBe('1.1');
    expect(document.categories.identity?.record).toEqual({ firstName: 'Anna', lastName: 'Bērziņa' });
    expect(document.categories.contact?.record?.email).toBe('anna@example.com');
    expect(document.categories.orders?.items).toHaveLength(25);
    expect(document.categories.orders?.purposes.length).toBeGreaterThan(0);
    expect(document.categories.consents?.record).toHaveProperty('history');
    expect(document.categories.consents?.record).toHaveProperty('preferences.channels.email', true);
  });

  test('Jānis gets a ZIP with one CSV per category and intact Latvian text', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openExports(page, 'fotolukss', 'janis@example.lv', 'Lejupielādēt manus datus');
    await page.getByRole('radio', { name: /^CSV ZIP arhīvā/ }).check();
    await page.getByRole('button', { name: 'Pieprasīt eksportu' }).click();
    await expect(page.getByRole('progressbar', { name: 'CSV (ZIP) eksporta gatavība' })).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'export-lv-phone-progress');

    const { name, bytes } = await downloadFile(page, /^Lejupielādēt CSV \(ZIP\) eksportu/);
    expect(name).toMatch(/^fotolukss-data-export-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(page.getByText(`Saglabāts kā ${name}.`)).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, 'export-lv-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await snapshot(page, 'export-lv-desktop');

    const files = unzipSync(new Uint8Array(bytes));
    const organization = (await (await page.request.get(tenantUrl('fotolukss', '/api/v1/organization'))).json()) as { dataCategories: { id: string }[] };
    // fields.csv names the file of every column: each category has its own CSV file(s).
    const fields = strFromU8(files['fields.csv'] ?? new Uint8Array()).split('\r\n').slice(1).filter(Boolean).map((line) => line.split(','));
    for (const { id } of organization.dataCategories) {
      const own = new Set(fields.filter(([, category]) => category === id).map(([file]) => file));
      expect(own.size, `CSV files of ${id}`).toBeGreaterThan(0);
      for (const file of own) expect(Object.keys(files)).toContain(file);
    }
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'fields.csv', 'identity.csv', 'orders.csv', 'files.csv']));
    const identity = files['identity.csv'] ?? new Uint8Array();
    expect([...identity.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(identity)).toContain('firstName,Jānis\r\nlastName,Ozoliņš');
    expect(strFromU8(files['orders.csv'] ?? new Uint8Array())).toContain('"Fotodrukas 10×15 cm, glancētas"');
    expect(strFromU8(files['addresses.csv'] ?? new Uint8Array())).toContain('Rīga');
    // The README speaks the customer's language throughout, not English labels around Latvian texts.
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain('Uzņēmuma Fotolukss glabāto jūsu personas datu kopija');
    expect(readme).toContain('Glabāšanas laiks: 5 gadus (Grāmatvedības likums)');
    expect(readme).not.toMatch(/Purposes|Legal basis|Kept:/);
  });

  test('the bulk customer’s export holds all 10,000 orders', async ({ page }) => {
    test.setTimeout(90_000);
    await openExports(page, 'aptolux', 'bulk@example.com', 'Download my data');
    await page.getByRole('button', { name: 'Request export' }).click();
    await expect(page.getByRole('progressbar', { name: 'Progress of the JSON export' })).toBeVisible();
    await expect(page.getByText('Half done')).toBeVisible({ timeout: 15_000 });
    await expectAccessible(page);
    const { bytes } = await downloadFile(page, /^Download the JSON export/, 40_000);
    const document = JSON.parse(bytes.toString('utf8')) as ExportDocument;
    expect(document.categories.orders?.items).toHaveLength(10_000);
  });
});
