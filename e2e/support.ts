import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const demoPassword = 'kadar-demo-2026';

/**
 * Notifications stack at the top right, over the page's own buttons, and Mantine keeps one open for as
 * long as the pointer rests on it. Playwright leaves the pointer where it last clicked, so before each
 * action or assertion, while a notification shows, the pointer moves off it to let it close on its own
 * (closing it here would hide the very messages the tests assert).
 */
async function keepPointerOffNotifications(page: Page) {
  await page.addLocatorHandler(
    page.locator('.mantine-Notification-root').first(),
    async () => page.mouse.move(0, 0),
    { noWaitAfter: true },
  );
}

export async function login(page: Page, email: string, password = demoPassword) {
  await keepPointerOffNotifications(page);
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-submit')).toBeHidden();
  // The profile's language is applied after sign-in; a language chosen before it lands would be undone.
  const me = await page.request.get('/api/v1/me');
  const { user } = (await me.json()) as { user: { locale: string } };
  await expect(page.locator('html')).toHaveAttribute('lang', user.locale);
}

export async function chooseLanguage(page: Page, locale: 'sr-Cyrl' | 'sr-Latn' | 'bg' | 'en') {
  await page.getByTestId('language-switcher').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Serious and critical accessibility violations on the current page (axe-core, WCAG 2 A/AA). */
export async function accessibilityViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const allLocales = ['en', 'sr-Cyrl', 'sr-Latn', 'bg'] as const;
export type E2eLocale = (typeof allLocales)[number];

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`),
  );
/** Every translation key: one of them on the screen means a string was not translated. */
const keys = readdirSync('locales/en').flatMap((file) =>
  flatten(JSON.parse(readFileSync(`locales/en/${file}`, 'utf8'))).filter((k) => k.includes('.')),
);

/**
 * Opens a page, waits for it to settle, fails on a raw translation key on screen or a serious axe
 * violation, and keeps a full-page screenshot in e2e/screenshots/<locale>/<name>.png to look at.
 */
export async function lookAtPage(page: Page, locale: E2eLocale, name: string, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const text = (await page.locator('body').textContent()) ?? '';
  expect(
    keys.filter((k) => text.includes(k)),
    name,
  ).toEqual([]);
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}
