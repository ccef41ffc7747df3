import { expect, test } from '@playwright/test';
import { login } from './support';

test('an administrator invites a user who sets a password from the outbox link and signs in', async ({
  page,
}) => {
  const email = `jelena.${Date.now()}@novi-pazar.example`;
  await login(page, 'admin@kadar.example');
  await page.goto('/users/invite');
  await page.getByLabel('Full name').fill('Јелена Јовановић');
  await page.getByLabel('Email').fill(email);
  await page.getByTestId('membership-organisation').click();
  await page.getByTestId('membership-organisation').fill('novi pazar');
  await page.getByRole('option', { name: 'Novi Pazar' }).click();
  await page.getByTestId('membership-role').selectOption('employee');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`An invitation has been sent to ${email}`)).toBeVisible();

  await page.goto('/outbox');
  await page.getByRole('searchbox').fill(email);
  await page.getByTestId('outbox-row').filter({ hasText: email }).getByRole('button').click();
  const body = (await page.getByTestId('outbox-body').textContent()) ?? '';
  const link = /http\S+reset-password\S+/.exec(body)?.[0];
  expect(link).toBeTruthy();

  await page.context().clearCookies();
  await page.goto(link as string);
  await page.getByTestId('new-password').fill('jelena-secret-2026');
  await page.getByTestId('confirm-password').fill('jelena-secret-2026');
  await page.getByRole('button', { name: /Save the password|Сачувај лозинку|Sačuvaj lozinku/ }).click();

  await login(page, email, 'jelena-secret-2026');
  await expect(page.getByTestId('membership-card')).toContainText(/Novi Pazar|Нови Пазар/);
});
