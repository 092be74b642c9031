import { expect, expectAccessible, resetBackend, signIn, snapshot, test } from './fixtures';
import { tenantUrl, type Tenant } from './tenants';

// Most customers come on a phone: the navigation must leave the first screen to the content,
// with the language and sign-out one tap away.
const pages = ['/', '/data', '/profile', '/preferences', '/export', '/requests', '/activity', '/activity/devices', '/policy', '/delete-account'];

const phones: { tenant: Tenant; email: string; width: number; menu: string; signOut: string }[] = [
  { tenant: 'aptolux', email: 'anna@example.com', width: 390, menu: 'Menu', signOut: 'Sign out' },
  { tenant: 'fotolukss', email: 'janis@example.lv', width: 320, menu: 'Izvēlne', signOut: 'Iziet' },
];

for (const phone of phones) {
  test.describe(`a ${phone.width} px phone, ${phone.tenant}`, () => {
    test.use({ viewport: { width: phone.width, height: 844 } });

    test('every page starts within the first 300 px and nothing scrolls sideways', async ({ page }) => {
      await resetBackend(page, phone.tenant);
      await signIn(page, phone.tenant, phone.email);
      for (const path of pages) {
        await page.goto(tenantUrl(phone.tenant, path));
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toBeVisible();
        const box = await heading.boundingBox();
        expect(box?.y, `the heading of ${path}`).toBeLessThan(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
        await expect(page.getByRole('button', { name: phone.signOut, exact: true })).toBeVisible();
        await expect(page.getByRole('group', { name: /^(Language|Valoda)$/ })).toBeVisible();
      }
    });

    test('the menu opens by keyboard, marks the current page and closes on choosing', async ({ page }) => {
      await resetBackend(page, phone.tenant);
      await signIn(page, phone.tenant, phone.email);
      const navigation = page.getByRole('navigation');
      const menu = navigation.getByRole('button', { name: phone.menu, exact: true });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(navigation.getByRole('link')).toHaveCount(0);
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(navigation.locator('a[aria-current="page"]')).toBeVisible();
      await snapshot(page, `phone-menu-${phone.tenant}-${phone.width}`);
      await expectAccessible(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(menu).not.toHaveText(new RegExp(phone.tenant === 'aptolux' ? 'Overview' : 'Pārskats'));
    });
  });
}

test.describe('a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows every section in one row without a menu button', async ({ page }) => {
    await resetBackend(page, 'aptolux');
    await signIn(page, 'aptolux', 'anna@example.com');
    const navigation = page.getByRole('navigation', { name: 'Sections' });
    await expect(navigation.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    const links = navigation.getByRole('link');
    await expect(links).toHaveCount(8);
    const tops = await links.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  });
});
