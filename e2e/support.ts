import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const demoPassword = 'kadar-demo-2026';

export async function login(page: Page, email: string, password = demoPassword) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-submit')).toBeHidden();
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
