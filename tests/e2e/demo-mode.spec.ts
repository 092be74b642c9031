import { expect, test } from './fixtures';
import { demoPort } from './tenants';

// `npm start`: the dev server with the demo backend in a service worker. What a new user sees
// first, so it is tested like everything else (the production build has none of this).
const demoUrl = (path: string) => `http://127.0.0.1:${demoPort}${path}`;

test.describe('the demo (npm start)', () => {
  // The dev server compiles modules on first request.
  test.setTimeout(90_000);

  test('lists the demo accounts, keeps changes over a reload, and resets them', async ({ page }) => {
    await page.goto(demoUrl('/sign-in'));
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 60_000 });
    const accounts = page.getByRole('complementary', { name: 'Demo accounts' });
    await expect(accounts).toContainText('anna@example.com');
    await expect(accounts).toContainText('bulk@example.com');
    await expect(accounts).toContainText('privacy-demo');

    await accounts.getByRole('listitem').filter({ hasText: 'anna@example.com' }).getByRole('button', { name: 'Use this account' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();

    // A change made against the demo backend survives a reload (its state is kept in the browser).
    await page.goto(demoUrl('/profile'));
    await page.getByLabel('First name').fill('Annija');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('First name')).toHaveValue('Annija');

    // An e-mail change can be finished without a mailbox: the demo shows the code it "sent".
    await page.getByLabel('New e-mail address').fill('annija@example.com');
    // Signing in a moment ago counts as a recent password confirmation: no dialog here.
    await page.getByRole('button', { name: 'Send the code' }).click();
    const notice = page.getByText(/^Demo only: the code “e-mailed” to annija@example\.com: \d{6}$/);
    await expect(notice).toBeVisible();
    const code = ((await notice.textContent()) ?? '').slice(-6);
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(page.getByText('Your e-mail address is now annija@example.com.')).toBeVisible();

    // "Reset demo data" starts over: fresh fixtures, signed out.
    await page.getByText('Demo controls').click();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByLabel('E-mail address').fill('anna@example.com');
    await page.getByLabel('Password').fill('privacy-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Anna' })).toBeVisible();
  });
});
