import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { chooseLanguage, login } from './support';

const tr = JSON.parse(readFileSync('locales/bg/appraisals.json', 'utf8'));
const year = new Date().getUTCFullYear();

async function signIn(page: Page, email: string) {
  await login(page, email);
  await chooseLanguage(page, 'bg');
}

const status = (page: Page) => page.getByTestId('appraisal-status');
const field = (page: Page, key: string, n: number) =>
  page.getByLabel(tr.goals[key].replace('{{number}}', String(n)), { exact: true });

test('a Bulgarian year: individual work plan, interim meeting, final meeting and final form', async ({
  browser,
}) => {
  const manager = await browser.newPage();
  await signIn(manager, 'manager@gabrovo.example');
  await manager.goto('/appraisals');
  await manager.getByTestId('appraisals-tab-rater').click();
  await manager
    .getByTestId('appraisal-row')
    .filter({ hasText: 'Габриела Цонева' })
    .filter({ hasText: tr.status.draft })
    .getByRole('link')
    .click();
  await expect(manager.getByRole('heading', { level: 1 })).toContainText(`Габриела Цонева, ${year}`);
  const url = manager.url();

  // The individual work plan: two goals whose weights make 100 %.
  await expect(manager.getByRole('heading', { name: tr.goals.workPlanTitle })).toBeVisible();
  await field(manager, 'descriptionOf', 1).fill('Събиране на местните данъци в срок');
  await field(manager, 'measureOf', 1).fill('Събираемост над 85 %');
  await field(manager, 'weightOf', 1).fill('60');
  await manager.getByTestId('goal-add').click();
  await field(manager, 'descriptionOf', 2).fill('Обслужване на гражданите на едно гише');
  await field(manager, 'measureOf', 2).fill('Без основателни жалби');
  await field(manager, 'weightOf', 2).fill('40');
  await expect(manager.getByTestId('goal-weight-total')).toContainText('100');
  await manager.getByTestId('goals-save').click();
  await manager.getByTestId('goals-propose').click();
  await expect(status(manager)).toContainText(tr.status.goals_proposed);

  const official = await browser.newPage();
  await signIn(official, 'employee@gabrovo.example');
  await official.goto(url);
  await official.getByRole('button', { name: tr.goals.acknowledge }).click();
  await expect(status(official)).toContainText(tr.status.active);

  // The interim meeting, then the final meeting on the Bulgarian scale (1 is the best).
  await manager.reload();
  await manager.getByTestId('interim-comment').fill('Целите се изпълняват според плана.');
  await manager.getByTestId('interim-submit').click();
  // Recorded: the review is shown, with a button to correct it, and the rating form below is fresh.
  await expect(manager.getByTestId('interim-correct')).toBeVisible();
  for (const list of ['goals', 'competencies']) {
    const selects = manager.getByTestId(`rating-${list}`).getByRole('combobox');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption('2');
  }
  await manager.getByTestId('rating-submit').click();
  await expect(status(manager)).toContainText(tr.status.rated);
  await expect(manager.getByText('Изпълнението надхвърля изискванията').first()).toBeVisible();

  await official.reload();
  await official.getByRole('button', { name: tr.result.acknowledge }).click();
  await expect(status(official)).toContainText(tr.status.acknowledged);

  const hr = await browser.newPage();
  await signIn(hr, 'hr@gabrovo.example');
  await hr.goto(url);
  await hr.getByTestId('appraisal-finalise').click();
  await hr.getByRole('button', { name: tr.decision.submit }).last().click();
  await expect(status(hr)).toContainText(tr.status.finalised);
  const download = official.waitForEvent('download');
  await official.reload();
  await official.getByTestId('decision-pdf').click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
