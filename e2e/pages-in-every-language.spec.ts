import { expect, test } from '@playwright/test';
import { accessibilityViolations, allLocales, chooseLanguage, login, lookAtPage } from './support';

/** Every page of the foundation, as the platform administrator sees it. */
const pages: Array<{ name: string; path: (ids: { org: string; user: string }) => string }> = [
  { name: 'home', path: () => '/' },
  { name: 'organisations', path: () => '/organisations' },
  { name: 'organisation', path: ({ org }) => `/organisations/${org}` },
  { name: 'organisation-edit', path: ({ org }) => `/organisations/${org}/edit` },
  { name: 'organisation-new', path: () => '/organisations/new' },
  { name: 'users', path: () => '/users' },
  { name: 'user', path: ({ user }) => `/users/${user}` },
  { name: 'user-invite', path: () => '/users/invite' },
  { name: 'audit', path: () => '/audit' },
  { name: 'outbox', path: () => '/outbox' },
  { name: 'profile', path: () => '/profile' },
  { name: 'not-found', path: () => '/no-such-page' },
];

for (const locale of allLocales) {
  test(`every page renders translated and accessible in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const anonymous of ['login', 'forgot-password', 'reset-password?token=x']) {
      await page.goto(`/${anonymous}`);
      await chooseLanguage(page, locale);
      await page.screenshot({
        path: `e2e/screenshots/${locale}/${anonymous.split('?')[0]}.png`,
        fullPage: true,
      });
      expect(await accessibilityViolations(page), anonymous).toEqual([]);
    }
    await login(page, 'admin@kadar.example');
    await chooseLanguage(page, locale);
    const orgs = await (await page.request.get('/api/v1/organisations?q=novi%20pazar')).json();
    const users = await (await page.request.get('/api/v1/users?q=hr%40novi-pazar')).json();
    const ids = { org: orgs.items[0].id as string, user: users.items[0].id as string };
    for (const p of pages) await lookAtPage(page, locale, p.name, p.path(ids));
    // The phone layout of the busiest page.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `e2e/screenshots/${locale}/users-phone.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
  });
}
