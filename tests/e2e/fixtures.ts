import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { tenantUrl, type Tenant } from './tenants';

// Every browser test: a clean demo backend, and a page that fails the test on any console
// error (CSP violations and uncaught exceptions show up there).

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // 4xx/5xx answers the test provoked on purpose are logged by Chromium as resource errors.
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function resetBackend(page: Page, tenant: Tenant): Promise<void> {
  const response = await page.request.post(tenantUrl(tenant, '/api/__mock/reset'), { data: { tenant } });
  expect(response.ok()).toBe(true);
}

export async function injectFault(page: Page, tenant: Tenant, fault: Record<string, unknown>): Promise<void> {
  const response = await page.request.post(tenantUrl(tenant, '/api/__mock/faults'), { data: fault });
  expect(response.ok()).toBe(true);
}

export async function clearFaults(page: Page, tenant: Tenant): Promise<void> {
  const response = await page.request.delete(tenantUrl(tenant, '/api/__mock/faults'));
  expect(response.ok()).toBe(true);
}

/** WCAG 2.2 A/AA rules; nothing serious or critical may remain. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical axe violations').toEqual([]);
}

export async function signIn(page: Page, tenant: Tenant, email: string, password = 'privacy-demo'): Promise<void> {
  await page.goto(tenantUrl(tenant, '/sign-in'));
  await page.getByLabel(/^(E-mail address|E-pasta adrese)$/).fill(email);
  await page.getByLabel(/^(Password|Parole)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Pieslēgties)$/ }).click();
}

/** Screenshots for a person to look at (test-results/screenshots); not compared automatically. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Keyboard only: Tab (at most `limit` times) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
