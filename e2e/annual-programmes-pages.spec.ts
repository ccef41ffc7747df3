import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

const year = new Date().getFullYear();

/** Signs in and switches to `locale`; gives back the signed-in user (with the CSRF token). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  await chooseLanguage(page, locale);
  return (await (await page.request.get('/api/v1/me')).json()) as {
    csrfToken: string;
    memberships: Array<{ organisationId: string; countryCode: string }>;
  };
}

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

test('an HR officer plans, adopts and exports the special programme (sr-Cyrl)', async ({ page }) => {
  test.setTimeout(120_000);
  const locale = 'sr-Cyrl';
  await signIn(page, 'hr@ivanjica.example', locale);
  await lookAtPage(page, locale, 'annual-programmes', '/annual-programmes');
  await page.getByRole('button', { name: 'Нови програм' }).click();
  await lookAtDialog(page, locale, 'annual-programme-new');
  await page.getByRole('dialog').getByRole('button', { name: 'Направи' }).click();
  await expect(page).toHaveURL(/\/annual-programmes\/[0-9a-f-]{36}$/);

  await page.getByRole('button', { name: 'Додај обуку' }).click();
  await page.getByRole('combobox', { name: 'Програм из каталога' }).click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByLabel('Планирано полазника').fill('25');
  await page.getByLabel('Извор финансирања').fill('Буџет општине');
  await lookAtDialog(page, locale, 'annual-programme-item');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('programme-items').getByRole('row')).toHaveCount(3);

  await page.getByRole('button', { name: 'Пошаљи на мишљење' }).click();
  await page.getByTestId('step-confirm').click();
  await expect(page.getByText('На мишљењу').first()).toBeVisible();
  await page.getByRole('button', { name: 'Унеси мишљење' }).click();
  await page
    .getByRole('textbox', { name: 'Мишљење савета' })
    .fill('Савет даје позитивно мишљење на програм.');
  await page.getByTestId('step-confirm').click();
  await page.getByRole('button', { name: 'Усвоји' }).click();
  await page.getByRole('textbox', { name: 'Акт о усвајању' }).fill('06-21/2026');
  await lookAtDialog(page, locale, 'annual-programme-adopt');
  await page.getByTestId('step-confirm').click();
  await expect(page.getByText('06-21/2026', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Документи' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Извод за регистар (Excel)' }).click();
  expect((await download).suggestedFilename()).toBe('kadar-programme-register.xlsx');
  await lookAtPage(page, locale, 'annual-programme', page.url().replace(/^https?:\/\/[^/]+/, ''));
  await lookAtPage(page, locale, 'annual-programmes-adopted', '/annual-programmes');
});

for (const [locale, email, title, funding] of [
  ['bg', 'hr@gabrovo.example', 'Програма за обучение', 'Общински бюджет'],
  ['en', 'hr@kragujevac.example', 'Training programme', 'Municipal budget'],
] as const) {
  test(`the programme pages in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    const me = await signIn(page, email, locale);
    const headers = { 'x-csrf-token': me.csrfToken };
    const home = me.memberships[0] as { organisationId: string; countryCode: string };
    const created = await page.request.post('/api/v1/annual-programmes', {
      headers,
      data: { organisationId: home.organisationId, year, title: `${title} ${year}` },
    });
    expect(created.status()).toBe(201);
    const programme = (await created.json()) as { id: string };
    const catalogue = await (
      await page.request.get(`/api/v1/programmes?country=${home.countryCode}&status=published&limit=2`)
    ).json();
    for (const p of catalogue.items as Array<{ id: string }>) {
      const added = await page.request.post(`/api/v1/annual-programmes/${programme.id}/items`, {
        headers,
        data: {
          programmeId: p.id,
          part: 'general',
          mode: 'in_person',
          quarter: 2,
          plannedSessions: 2,
          plannedParticipants: 30,
          budget: 80000,
          fundingSource: funding,
        },
      });
      expect(added.status()).toBe(201);
    }
    await lookAtPage(page, locale, 'annual-programmes', '/annual-programmes');
    await lookAtPage(page, locale, 'annual-programme', `/annual-programmes/${programme.id}`);
    await expect(page.getByTestId('programme-execution')).toBeVisible();
  });
}
