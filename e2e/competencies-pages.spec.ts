import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Tree = { [key: string]: string | Tree };
const texts = (locale: E2eLocale) =>
  JSON.parse(readFileSync(`locales/${locale}/competencies.json`, 'utf8')) as Record<string, Tree>;

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** On a phone the page must not scroll sideways (wide tables scroll inside themselves). */
async function fitsPhone(page: Page, locale: E2eLocale, name: string, path: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await lookAtPage(page, locale, `${name}-phone`, path);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), name).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs in and switches to `locale`; gives back the language to restore (the choice is saved in the profile). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return { me, original: me.user.locale as E2eLocale };
}

// Serbian Latin is generated from the Cyrillic texts; the every-language specs look at it.
for (const locale of ['en', 'sr-Cyrl', 'bg'] as const) {
  test(`the HR officer reads the framework, the rules and a file's appraisals in ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = texts(locale);
    const { me, original } = await signIn(page, 'hr@novi-pazar.example', locale);
    const organisationId = me.memberships[0].organisationId as string;

    await lookAtPage(page, locale, 'competencies', '/competencies');
    await expect(page.getByTestId('competency').first()).toBeVisible();
    // One entry opened: its indicators per group and its five levels.
    await page.getByTestId('competency').first().getByRole('button').first().click();
    await expect(page.getByText((t.details as Tree).indicators as string).first()).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/${locale}/competencies-open.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('add-special-competency').click();
    await lookAtDialog(page, locale, 'competency-dialog-special');
    await page.keyboard.press('Escape');

    await lookAtPage(page, locale, 'competencies-rules', '/competencies?tab=rules');
    await expect(page.getByTestId('edit-rules')).toHaveCount(0);

    // The person with the most training needs from the last appraised year has a full section.
    const needs = (
      await (await page.request.get(`/api/v1/training-needs?organisationId=${organisationId}`)).json()
    ).items as Array<{ employeeId: string; year: number }>;
    const latest = Math.max(...needs.map((n) => n.year));
    const counts = new Map<string, number>();
    for (const n of needs.filter((x) => x.year === latest))
      counts.set(n.employeeId, (counts.get(n.employeeId) ?? 0) + 1);
    // The section lists the needs of the person's last decided year: skip anyone decided again since.
    let employee = '';
    for (const [id] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
      const own = (await (await page.request.get(`/api/v1/appraisals?employeeId=${id}`)).json())
        .items as Array<{
        year: number;
        registerNumber: string | null;
      }>;
      if (own.every((a) => a.year <= latest || !a.registerNumber)) {
        employee = id;
        break;
      }
    }
    const file = `/employees/${employee}`;
    await lookAtPage(page, locale, 'employee-file-appraisals', file);
    await expect(page.getByTestId('appraisal-row').first()).toBeVisible();
    await expect(page.getByTestId('training-needs')).toBeVisible();

    await fitsPhone(page, locale, 'competencies', '/competencies');
    await fitsPhone(page, locale, 'employee-file-appraisals', file);
    await chooseLanguage(page, original);
  });

  test(`the national administrator reads and edits the framework and the rules in ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = texts(locale);
    const { original } = await signIn(page, 'napa@kadar.example', locale);

    await lookAtPage(page, locale, 'competencies-national', '/competencies');
    const first = page.getByTestId('competency').first();
    await first.getByRole('button').first().click();
    await first.getByTestId('edit-competency').click();
    await lookAtDialog(page, locale, 'competency-dialog');
    await page.keyboard.press('Escape');

    await lookAtPage(page, locale, 'competencies-rules-national', '/competencies?tab=rules');
    await page.getByTestId('edit-rules').click();
    await lookAtDialog(page, locale, 'appraisal-rules-dialog');
    // Saved as they are, the rules pass the server's validation.
    await page.getByTestId('rules-save').click();
    await expect(page.getByText((t.rules as Tree).saved as string)).toBeVisible();

    await fitsPhone(page, locale, 'competencies-rules-national', '/competencies?tab=rules');
    await chooseLanguage(page, original);
  });
}

test('the HR officer adds a special functional competency and a job requires it', async ({ page }) => {
  test.setTimeout(120_000);
  const t = texts('en');
  const { me, original } = await signIn(page, 'hr@novi-pazar.example', 'en');
  await page.goto('/competencies');
  await page.getByTestId('add-special-competency').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel((t.fields as Tree).field as string).fill('Finance');
  await dialog
    .getByRole('textbox', { name: (t.fields as Tree).name as string, exact: true })
    .fill('Буџетско рачуноводство');
  await dialog.getByRole('button', { name: (t.dialog as Tree).addIndicator as string }).click();
  await dialog
    .getByRole('textbox', { name: (t.fields as Tree).indicator as string, exact: true })
    .fill('Саставља завршни рачун');
  await page.getByTestId('competency-save').click();
  await expect(page.getByText((t.dialog as Tree).created as string)).toBeVisible();
  await expect(page.getByTestId('competency').filter({ hasText: 'Budžetsko računovodstvo' })).toBeVisible();

  // In a draft of the act, one job requires it at level 4; its details then say so.
  const organisationId = me.memberships[0].organisationId as string;
  const acts = (
    await (await page.request.get(`/api/v1/systematisations?organisationId=${organisationId}`)).json()
  ).items as Array<{ id: string; status: string }>;
  const adopted = acts.find((a) => a.status === 'adopted');
  const created = await page.request.post('/api/v1/systematisations', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { organisationId, number: 'E2E-competencies', copyFrom: adopted?.id },
  });
  expect(created.status(), await created.text()).toBe(201);
  const draft = await created.json();
  await page.goto(`/systematisations/${draft.id}`);
  const row = page.getByTestId('position-row').first();
  await row.getByRole('button', { name: /edit/i }).click();
  const picker = page.getByTestId('add-required-competency');
  await picker.click();
  await picker.fill('Budžet');
  await page.getByRole('option', { name: 'Budžetsko računovodstvo' }).click();
  const level = (t.required as Tree).levelOf as string;
  await page.getByLabel(level.replace('{{name}}', 'Budžetsko računovodstvo')).selectOption('4');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await row.getByRole('button').first().click();
  await expect(page.getByRole('dialog')).toContainText('Budžetsko računovodstvo');
  await expect(page.getByRole('dialog')).toContainText(
    ((t.details as Tree).level as string).replace('{{level}}', '4'),
  );
  await page.request.delete(`/api/v1/systematisations/${draft.id}`, {
    headers: { 'x-csrf-token': me.csrfToken },
  });
  await chooseLanguage(page, original);
});

test('an official finds their own appraisals in their personnel file', async ({ page }) => {
  await login(page, 'employee@novi-pazar.example');
  const me = await (await page.request.get('/api/v1/me')).json();
  const [own] = (await (await page.request.get('/api/v1/employees?limit=1')).json()).items;
  await page.goto(`/employees/${own.id}`);
  const title = (texts(me.user.locale).history as Tree).title as string;
  await expect(page.getByRole('region', { name: title })).toBeVisible();
  // Promotion proposals stay with the HR office.
  await expect(page.getByTestId('promotion-candidate')).toHaveCount(0);
});
