import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Ids = { current: string; finalised: string; draft: string; active: string };

/**
 * The HR officer's appraisal pages with Novi Pazar's demo years (the one under way and the finished
 * one), each with what must show on it.
 */
const pages: Array<{ name: string; path: (ids: Ids) => string; shows: string[] }> = [
  { name: 'appraisals', path: () => '/appraisals', shows: ['appraisal-cycle', 'appraisal-row'] },
  { name: 'appraisals-rater', path: () => '/appraisals?view=rater', shows: ['appraisal-row'] },
  { name: 'appraisal', path: ({ current }) => `/appraisals/${current}`, shows: ['appraisal-steps'] },
  // Two the HR officer rates: goals being written, and the final rating under way.
  { name: 'appraisal-goals-editor', path: ({ draft }) => `/appraisals/${draft}`, shows: ['goals-editor'] },
  { name: 'appraisal-rating-form', path: ({ active }) => `/appraisals/${active}`, shows: ['rating-goals'] },
  {
    name: 'appraisal-finalised',
    path: ({ finalised }) => `/appraisals/${finalised}`,
    shows: ['appraisal-locked', 'decision-pdf'],
  },
];

const locked = new Set(['finalised', 'appealed', 'closed']);

/** An open dialog: screenshot it, fail on a serious axe violation, close it. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png` });
  expect(await accessibilityViolations(page), name).toEqual([]);
  const cancel = JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')).actions.cancel as string;
  await dialog.getByRole('button', { name: cancel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

// Serbian Latin is generated from the Cyrillic texts; the every-language specs look at it.
for (const locale of ['en', 'sr-Cyrl', 'bg'] as const) {
  test(`the HR officer's appraisal pages render translated and accessible in ${locale}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'hr@novi-pazar.example');
    const get = async (url: string) => (await page.request.get(url)).json();
    const me = await get('/api/v1/me');
    // Choosing a language is saved in the profile: other journeys sign in with this account after this one.
    const original = me.user.locale as E2eLocale;
    await chooseLanguage(page, locale);
    const organisationId = me.memberships[0].organisationId as string;
    const cycles = (await get(`/api/v1/appraisal-cycles?organisationId=${organisationId}`)).items;
    const [current, previous] = cycles as Array<{ id: string }>;
    expect(previous, 'the demo holds a finished previous year').toBeTruthy();
    const open = (await get(`/api/v1/appraisals?cycleId=${current?.id}&limit=1`)).items[0];
    const done = (await get(`/api/v1/appraisals?cycleId=${previous?.id}&limit=50`)).items.find(
      (a: { status: string }) => locked.has(a.status),
    );
    const rated = async (status: string) =>
      (await get(`/api/v1/appraisals?role=rater&cycleId=${current?.id}&status=${status}&limit=1`)).items[0]
        .id;
    const ids: Ids = {
      current: open.id,
      finalised: done.id,
      draft: await rated('draft'),
      active: await rated('active'),
    };

    for (const p of pages) {
      await lookAtPage(page, locale, p.name, p.path(ids));
      for (const testId of p.shows) await expect(page.getByTestId(testId).first(), p.name).toBeVisible();
    }

    // The year's dialogs: its deadlines and a rater.
    await page.goto('/appraisals');
    await expect(page.getByTestId('appraisal-row').first()).toBeVisible();
    await page.getByTestId('cycle-deadlines').click();
    await lookAtDialog(page, locale, 'appraisal-deadlines');
    await page.getByTestId('appraisal-row').getByRole('button').first().click();
    await lookAtDialog(page, locale, 'appraisal-rater');

    // On a phone the pages must not scroll sideways (wide tables scroll inside themselves).
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of pages) {
      await lookAtPage(page, locale, `${p.name}-phone`, p.path(ids));
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
        p.name,
      ).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await chooseLanguage(page, original);
  });
}

/** Bulgarian rules call the goals an individual work plan; Gabrovo's manager rates, its official is rated. */
test('a Bulgarian rater and official read the appraisal with its work plan in bg', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = JSON.parse(readFileSync('locales/bg/appraisals.json', 'utf8')).goals.workPlanTitle as string;
  for (const [email, role] of [
    ['manager@gabrovo.example', 'rater'],
    ['employee@gabrovo.example', 'official'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await login(page, email);
    const me = await (await page.request.get('/api/v1/me')).json();
    await chooseLanguage(page, 'bg');
    await lookAtPage(page, 'bg', `appraisals-gabrovo-${role}`, '/appraisals');
    const [first] = (await (await page.request.get(`/api/v1/appraisals?role=${role}&limit=1`)).json()).items;
    await lookAtPage(page, 'bg', `appraisal-gabrovo-${role}`, `/appraisals/${first.id}`);
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    await chooseLanguage(page, me.user.locale);
    await context.close();
  }
});
