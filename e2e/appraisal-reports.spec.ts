import { expect, type Page, test } from '@playwright/test';
import { allLocales, chooseLanguage, login, lookAtPage } from './support';

const path = '/reports?report=appraisals';

/** Both accounts read Serbian Cyrillic in the demo; other journeys sign in with them after this one. */
async function restoreLanguage(page: Page) {
  await chooseLanguage(page, 'sr-Cyrl');
}

for (const locale of allLocales) {
  test(`an HR officer reads the grades, earlier years and progress of Novi Pazar in ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'hr@novi-pazar.example');
    await chooseLanguage(page, locale);
    // By default the newest year with decided grades: last year's closed cycle.
    await lookAtPage(page, locale, 'appraisal-reports-hr', path);
    await expect(page.getByTestId('appraisal-distribution').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByTestId('appraisal-completion')).toBeVisible();
    await expect(page.getByRole('img').first()).toBeVisible();
    // This year's cycle under way: its progress, and last year for comparison.
    await lookAtPage(
      page,
      locale,
      'appraisal-reports-hr-this-year',
      `${path}&year=${new Date().getFullYear()}`,
    );
    await expect(page.getByTestId('appraisal-years')).toBeVisible();
    await expect(page.getByTestId('appraisal-completion')).toBeVisible();

    // A phone: the wide tables scroll inside, the page does not.
    await page.setViewportSize({ width: 390, height: 844 });
    await lookAtPage(page, locale, 'appraisal-reports-hr-phone', path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await restoreLanguage(page);
  });

  test(`a national body reads the grades of every municipality, small figures hidden, in ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'napa@kadar.example');
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'appraisal-reports-national', path);
    const table = page.getByTestId('appraisal-distribution');
    await expect(table.locator('tbody tr')).not.toHaveCount(0);
    await expect(page.getByRole('alert').or(page.locator('.mantine-Alert-root'))).toBeVisible();
    // Units and the progress of a cycle stay with the municipality.
    await expect(page.getByTestId('appraisal-completion')).toHaveCount(0);
    await restoreLanguage(page);
  });
}

test('the grade distribution downloads as a spreadsheet', async ({ page }) => {
  await login(page, 'hr@novi-pazar.example');
  await page.goto(path);
  await expect(page.getByTestId('appraisal-distribution')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /XLSX/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kadar-appraisal-distribution.xlsx');
});
