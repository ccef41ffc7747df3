import { expect, test } from '@playwright/test';
import { login } from './support';

test('an HR officer sees only their municipality', async ({ page, request }) => {
  // The id of Novi Pazar, as a platform administrator sees it.
  await request.post('/api/v1/auth/login', {
    data: { email: 'admin@kadar.example', password: 'kadar-demo-2026' },
  });
  const found = await (await request.get('/api/v1/organisations?q=novi%20pazar')).json();
  const noviPazarId = found.items[0].id as string;

  await login(page, 'hr@kraljevo.example');
  await page
    .getByRole('link', { name: /Organi[sz]ations|Организације|Organizacije/ })
    .first()
    .click();
  const rows = page.getByRole('link', { name: /Kraljevo|Краљево/ });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText(/Novi Pazar|Нови Пазар/)).toHaveCount(0);

  await page.getByRole('searchbox').fill('novi pazar');
  await expect(page.getByText(/Novi Pazar|Нови Пазар/)).toHaveCount(0);

  // Guessing the other municipality's address shows "not found", not its data.
  await page.goto(`/organisations/${noviPazarId}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(/Novi Pazar|Нови Пазар/);
  await expect(page.getByText(/not exist|не постоји|ne postoji/i).first()).toBeVisible();

  await page.goto('/users');
  await expect(page.getByText('hr@kraljevo.example')).toBeVisible();
  await expect(page.getByText('hr@novi-pazar.example')).toHaveCount(0);
});
