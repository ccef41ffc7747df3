import { expect, test } from '@playwright/test';
import { allLocales, chooseLanguage, login, lookAtPage } from './support';

type Ids = { employee: string; act: string; plan: string };

/**
 * The HR officer's pages of people, positions, plans and reports, with Kragujevac's demo data (not
 * Novi Pazar's: choosing a language is saved in the profile, and other journeys sign in there).
 */
const pages: Array<{ name: string; path: (ids: Ids) => string }> = [
  { name: 'employees', path: () => '/employees' },
  { name: 'employee-file', path: ({ employee }) => `/employees/${employee}` },
  { name: 'employee-new', path: () => '/employees/new' },
  { name: 'employee-import', path: () => '/employees/import' },
  { name: 'systematisations', path: () => '/systematisations' },
  { name: 'systematisation', path: ({ act }) => `/systematisations/${act}` },
  { name: 'hr-plans', path: () => '/hr-plans' },
  { name: 'hr-plan', path: ({ plan }) => `/hr-plans/${plan}` },
  { name: 'reports', path: () => '/reports' },
];

for (const locale of allLocales) {
  test(`the HR officer's pages render translated and accessible in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'hr@kragujevac.example');
    await chooseLanguage(page, locale);
    const get = async (url: string) => (await page.request.get(url)).json();
    const me = await get('/api/v1/me');
    const organisationId = me.memberships[0].organisationId as string;
    const employee = (await get('/api/v1/employees?limit=1')).items[0].id as string;
    const acts = (await get(`/api/v1/systematisations?organisationId=${organisationId}`)).items;
    const act = acts.find((a: { status: string }) => a.status === 'adopted').id as string;
    // The demo has no HR plan: the first language's run generates next year's, the others reuse it.
    let [plan] = (await get(`/api/v1/hr-plans?organisationId=${organisationId}`)).items;
    if (!plan)
      plan = await (
        await page.request.post('/api/v1/hr-plans', {
          headers: { 'x-csrf-token': me.csrfToken },
          data: { organisationId, year: new Date().getFullYear() + 1 },
        })
      ).json();
    const ids: Ids = { employee, act, plan: plan.id };
    for (const p of pages) await lookAtPage(page, locale, p.name, p.path(ids));
    // On a phone the pages an HR officer opens most must not scroll sideways (wide tables scroll inside).
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of pages.filter((x) => ['employees', 'employee-file', 'hr-plan'].includes(x.name))) {
      await lookAtPage(page, locale, `${p.name}-phone`, p.path(ids));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
        true,
      );
    }
  });
}
