import { expect, test } from '@playwright/test';
import { chooseLanguage, login } from './support';

test('signs in, switches to Serbian Cyrillic and Latin and to Bulgarian, and keeps the choice', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await chooseLanguage(page, 'sr-Cyrl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Пријава');

  await login(page, 'hr@novi-pazar.example');
  await expect(page.getByTestId('membership-card')).toContainText('Нови Пазар');
  await expect(page.getByRole('navigation')).toContainText('Организације');

  await chooseLanguage(page, 'sr-Latn');
  await expect(page.getByTestId('membership-card')).toContainText('Novi Pazar');
  await expect(page.getByRole('navigation')).toContainText('Organizacije');

  await chooseLanguage(page, 'bg');
  await expect(page.getByRole('navigation')).toContainText('Организации');

  // The choice is saved in the profile: a new page load comes back in Bulgarian.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
  await expect(page.getByRole('navigation')).toContainText('Потребители');
});

test('refuses a wrong password in the chosen language without saying which part was wrong', async ({
  page,
}) => {
  await page.goto('/login');
  await chooseLanguage(page, 'bg');
  await page.getByTestId('login-email').fill('hr@smolyan.example');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByRole('alert')).toContainText('Имейлът или паролата не са верни');
});
