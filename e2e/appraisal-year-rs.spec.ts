import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { chooseLanguage, login } from './support';

const tr = JSON.parse(readFileSync('locales/sr-Cyrl/appraisals.json', 'utf8'));
const year = new Date().getUTCFullYear();

async function signIn(page: Page, email: string) {
  await login(page, email);
  // Other journeys change these accounts' language; the texts below are Serbian Cyrillic.
  await chooseLanguage(page, 'sr-Cyrl');
}

const status = (page: Page) => page.getByTestId('appraisal-status');

test('a Serbian year: goals, acknowledgement, final rating, decision and appeal', async ({ browser }) => {
  const manager = await browser.newPage();
  await signIn(manager, 'manager@novi-pazar.example');
  await manager.goto('/appraisals');
  await manager.getByTestId('appraisals-tab-rater').click();
  await manager
    .getByTestId('appraisal-row')
    .filter({ hasText: 'Лејла Бећировић' })
    .filter({ hasText: tr.status.goals_proposed })
    .getByRole('link')
    .click();
  await expect(manager.getByRole('heading', { level: 1 })).toContainText(`Лејла Бећировић, ${year}`);
  const url = manager.url();

  // The goals were proposed but not yet agreed: the manager reworks the first one and proposes again.
  const editor = manager.getByTestId('goals-editor');
  await editor
    .getByLabel(tr.goals.descriptionOf.replace('{{number}}', '1'), { exact: true })
    .fill('Израда нацрта одлуке о буџету у законском року');
  await manager.getByTestId('goals-save').click();
  await expect(status(manager)).toContainText(tr.status.draft);
  await manager.getByTestId('goals-propose').click();
  await expect(status(manager)).toContainText(tr.status.goals_proposed);

  const official = await browser.newPage();
  await signIn(official, 'employee@novi-pazar.example');
  await official.goto('/appraisals');
  await official
    .getByTestId('appraisal-row')
    .filter({ hasText: tr.status.goals_proposed })
    .getByRole('link')
    .click();
  await expect(official).toHaveURL(url);
  await expect(official.getByText('Израда нацрта одлуке о буџету у законском року')).toBeVisible();
  await official.getByRole('button', { name: tr.goals.acknowledge }).click();
  await expect(status(official)).toContainText(tr.status.active);

  // Interim review, then the final rating of every goal and competency.
  await manager.reload();
  await manager.getByTestId('interim-comment').fill('Рад тече по плану.');
  await manager.getByTestId('interim-submit').click();
  // Recorded: the review is shown, with a button to correct it, and the rating form below is fresh.
  await expect(manager.getByTestId('interim-correct')).toBeVisible();
  for (const list of ['goals', 'competencies']) {
    const selects = manager.getByTestId(`rating-${list}`).getByRole('combobox');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption('4');
  }
  await manager.getByTestId('rating-rater-comment').fill('Поуздан и тачан рад током целе године.');
  await manager.getByTestId('rating-submit').click();
  await expect(status(manager)).toContainText(tr.status.rated);

  await official.reload();
  await official.getByRole('button', { name: tr.result.acknowledge }).click();
  await expect(status(official)).toContainText(tr.status.acknowledged);

  // HR issues the decision: numbered in the register, locked, printable.
  const hr = await browser.newPage();
  await signIn(hr, 'hr@novi-pazar.example');
  await hr.goto(url);
  await hr.getByTestId('appraisal-finalise').click();
  await hr.getByRole('button', { name: tr.decision.submit }).last().click();
  await expect(status(hr)).toContainText(tr.status.finalised);
  await expect(hr.getByTestId('appraisal-locked')).toBeVisible();
  const download = hr.waitForEvent('download');
  await hr.getByTestId('decision-pdf').click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The official appeals within the window; HR records the outcome.
  await official.reload();
  await official.getByTestId('appraisal-appeal').click();
  await official.getByTestId('appeal-reason').fill('Сматрам да резултати заслужују вишу оцену.');
  await official.getByRole('button', { name: tr.appeal.submit }).click();
  await expect(status(official)).toContainText(tr.status.appealed);

  await hr.reload();
  await hr.getByTestId('appraisal-decide-appeal').click();
  await hr.getByTestId('appeal-upheld').check();
  await hr.getByTestId('appeal-note').fill('Оцена одговара оствареним резултатима.');
  await hr.getByRole('button', { name: tr.appealDecision.submit }).click();
  await expect(status(hr)).toContainText(tr.status.closed);
});
