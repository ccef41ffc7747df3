import { expect, test } from '@playwright/test';
import { chooseLanguage, login, lookAtPage } from './support';

const path = '/reports?report=training';

test('a national administrator sets the targets and reads the training dashboard', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'napa@kadar.example');
  await chooseLanguage(page, 'en');
  await page.goto(path);
  await page.getByTestId('targets-edit').click();
  await page.getByTestId('target-in_person').fill('5400');
  await page.getByTestId('target-on_request').fill('300');
  await page.getByTestId('targets-save').click();
  await expect(page.getByTestId('targets-save')).toBeHidden();
  const modes = page.getByTestId('indicator-modes');
  await expect(modes).toContainText('5,400');
  await expect(page.getByTestId('indicator-totals')).toBeVisible();

  for (const locale of ['sr-Cyrl', 'bg', 'en'] as const) {
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'learning-indicators-national', path);
    await expect(page.getByTestId('indicator-modes')).toBeVisible();
  }
  await chooseLanguage(page, 'sr-Cyrl');
});
