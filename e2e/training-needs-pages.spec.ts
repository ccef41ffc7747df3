import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

const locales = ['sr-Cyrl', 'bg', 'en'] as const;

/** Signs in and switches to `locale`; gives back the language to restore (it is saved in the profile). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return me.user.locale as E2eLocale;
}

async function signOut(page: Page) {
  await page.context().clearCookies();
}

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** Picks the first option of a Mantine select or multi-select. */
async function pickFirst(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('listbox').getByRole('option').first().click();
}

test('HR runs the needs analysis, the employee answers and a need goes into the special programme', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const locale: E2eLocale = 'sr-Cyrl';
  let original = await signIn(page, 'hr@novi-pazar.example', locale);
  await lookAtPage(page, locale, 'training-needs', '/training-needs');
  await page.getByTestId('start-analysis').click();
  await page.waitForURL(/\/training-needs\/[0-9a-f-]{36}$/);
  const analysisPath = new URL(page.url()).pathname;

  await page.getByTestId('add-trigger').click();
  await page.getByRole('dialog').getByRole('textbox').first().fill('Нови Закон о буџетском систему');
  await pickFirst(page, 'trigger-topic');
  await lookAtDialog(page, locale, 'training-needs-trigger');
  await page.getByTestId('save-trigger').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('Нови Закон о буџетском систему')).toBeVisible();

  await page.getByTestId('open-survey').click();
  const closesOn = page.getByRole('dialog').getByRole('textbox').first();
  await closesOn.fill('2099-12-31');
  await closesOn.press('Tab');
  await page.getByTestId('open-survey-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await chooseLanguage(page, original);
  await signOut(page);

  original = await signIn(page, 'employee@novi-pazar.example', locale);
  await lookAtPage(page, locale, 'training-needs-survey', '/training-needs/survey');
  await pickFirst(page, 'survey-topics');
  await page.getByTestId('survey-submit').click();
  await expect(page.getByTestId('my-survey').getByRole('alert')).toBeVisible();
  await lookAtPage(page, locale, 'my-learning-with-survey', '/my-learning');
  await chooseLanguage(page, original);
  await signOut(page);

  original = await signIn(page, 'hr@novi-pazar.example', locale);
  await lookAtPage(page, locale, 'training-needs-analysis', analysisPath);
  await expect(page.getByTestId('survey-answered')).toContainText('1');
  const add = page.locator('[data-testid^="add-topic:"], [data-testid^="add-competency:"]').first();
  await add.click();
  await lookAtDialog(page, locale, 'training-needs-add-to-programme');
  await page.getByTestId('add-to-programme-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('У посебном програму').first()).toBeVisible();
  await chooseLanguage(page, original);
});

test('a manager drafts and agrees a development plan', async ({ page }) => {
  test.setTimeout(120_000);
  const locale: E2eLocale = 'sr-Cyrl';
  const original = await signIn(page, 'manager@novi-pazar.example', locale);
  await lookAtPage(page, locale, 'development-plans', '/development-plans');
  await page.getByTestId('new-plan').click();
  await pickFirst(page, 'plan-employee');
  await lookAtDialog(page, locale, 'development-plans-create');
  await page.getByTestId('plan-create').click();
  await page.waitForURL(/\/development-plans\/[0-9a-f-]{36}$/);
  const planPath = new URL(page.url()).pathname;
  await page.getByTestId('plan-item-add').click();
  // An item for a competency gap, as drafted from needs: the competency's name describes it.
  await page.getByTestId('plan-item-competency').click();
  const competency = page.getByRole('listbox').getByRole('option').first();
  const competencyName = (await competency.textContent()) ?? '';
  await competency.click();
  await page.getByTestId('plan-item-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('tbody tr').first()).toContainText(competencyName);
  await page.getByTestId('plan-agree').click();
  await expect(page.getByTestId('plan-agree')).toBeHidden();
  await lookAtPage(page, locale, 'development-plan', planPath);
  await chooseLanguage(page, original);
});

for (const locale of locales.filter((l) => l !== 'sr-Cyrl')) {
  test(`the needs and plan pages read well in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    let original = await signIn(page, 'hr@novi-pazar.example', locale);
    await lookAtPage(page, locale, 'training-needs', '/training-needs');
    await page.getByRole('link', { name: /\d{4}/ }).first().click();
    await page.waitForURL(/\/training-needs\/[0-9a-f-]{36}$/);
    await lookAtPage(page, locale, 'training-needs-analysis', new URL(page.url()).pathname);
    await chooseLanguage(page, original);
    await signOut(page);
    original = await signIn(page, 'manager@novi-pazar.example', locale);
    await lookAtPage(page, locale, 'development-plans', '/development-plans');
    await page.locator('a[href^="/development-plans/"]').first().click();
    await page.waitForURL(/\/development-plans\/[0-9a-f-]{36}$/);
    await lookAtPage(page, locale, 'development-plan', new URL(page.url()).pathname);
    await chooseLanguage(page, original);
    await signOut(page);
    original = await signIn(page, 'employee@novi-pazar.example', locale);
    await lookAtPage(page, locale, 'training-needs-survey', '/training-needs/survey');
    await chooseLanguage(page, original);
  });
}
