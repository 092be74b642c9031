import { expect, test } from './fixtures';
import { crossOriginApiUrl, crossOriginUrl } from './tenants';

// An operator's setup with the API on another origin: the production build pointed at it with
// `npm run configure` (address and CSP connect-src), the demo API answering with credentialed
// CORS. Sign-in (cookie), a profile save (ETag / If-Match read across origins) and an export
// download (Content-Disposition exposed) all work.

test.describe('portal and API on different origins', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.request.post(crossOriginApiUrl('/api/__mock/reset'), { data: { tenant: 'aptolux' } });
    expect(response.ok()).toBe(true);
  });

  test('Anna signs in, saves her profile and downloads an export through the configured build', async ({ page }) => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/')) apiCalls.push(new URL(request.url()).origin);
    });
    await page.goto(crossOriginUrl('/sign-in'));
    await page.getByLabel('E-mail address').fill('anna@example.com');
    await page.getByLabel('Password').fill('privacy-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();

    await page.goto(crossOriginUrl('/profile'));
    await expect(page.getByRole('heading', { level: 1, name: 'Correct my data' })).toBeVisible();
    await page.getByLabel('Phone number (optional)').fill('+371 2612 3456');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Phone number (optional)')).toHaveValue('+37126123456');

    await page.goto(crossOriginUrl('/export'));
    await page.getByRole('button', { name: 'Request export' }).click();
    const download = page.getByRole('button', { name: /^Download the JSON export/ });
    await expect(download).toBeVisible({ timeout: 20_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    // The name comes from Content-Disposition, which the API must expose to another origin.
    expect(file.suggestedFilename()).toMatch(/^aptolux-data-export-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByText(`Saved as ${file.suggestedFilename()}.`)).toBeVisible();

    expect(new Set(apiCalls)).toEqual(new Set([crossOriginApiUrl()]));
  });
});
