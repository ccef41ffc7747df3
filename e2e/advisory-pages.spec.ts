import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

/** Signs in in `locale`; gives back the profile's language to restore (the switch is saved to it). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return me.user.locale as E2eLocale;
}

async function signOut(page: Page, original: E2eLocale) {
  await chooseLanguage(page, original);
  await page.context().clearCookies();
}

/** Picks the first option of a Mantine select. */
async function pickFirst(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('listbox').getByRole('option').first().click();
}

async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

test('a municipality asks, an adviser claims and answers, in Serbian, Bulgarian and English', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const title = `Годишњи одмор запосленог на боловању ${Date.now()}`;

  let original = await signIn(page, 'hr@novi-pazar.example', 'sr-Cyrl');
  await lookAtPage(page, 'sr-Cyrl', 'advice-list', '/advice');
  await lookAtPage(page, 'sr-Cyrl', 'advice-new', '/advice/new');
  await expect(page.getByTestId('response-time')).toBeVisible();
  await expect(page.getByTestId('question-body')).not.toHaveValue('');
  await pickFirst(page, 'question-area');
  await pickFirst(page, 'question-subtopic');
  await page.getByTestId('question-title').fill(title);
  await page
    .getByTestId('question-text')
    .fill('Запослени је на боловању од јануара. Да ли му годишњи одмор за прошлу годину пропада?');
  await page.getByTestId('question-laws-add').click();
  await pickFirst(page, 'question-laws-law-0');
  await page.getByTestId('question-laws-article-0').fill('73');
  await page.screenshot({ path: 'e2e/screenshots/sr-Cyrl/advice-new-filled.png', fullPage: true });
  await page.getByTestId('question-submit').click();
  await page.waitForURL(/\/advice\/[0-9a-f-]{36}$/);
  const questionPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await chooseLanguage(page, 'bg');
  await lookAtPage(page, 'bg', 'advice-list', '/advice');
  await lookAtPage(page, 'bg', 'advice-new', '/advice/new');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('question-laws-add').click();
  await page.screenshot({ path: 'e2e/screenshots/bg/advice-new-mobile.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signOut(page, original);

  original = await signIn(page, 'expert@kadar.example', 'sr-Cyrl');
  await lookAtPage(page, 'sr-Cyrl', 'advice-queue', '/advice');
  await page.goto(questionPath);
  await page.getByTestId('question-claim').click();
  await page.getByTestId('question-ask-back').click();
  await page.getByTestId('question-ask-back-text').fill('Од ког датума тачно траје боловање?');
  await page.getByTestId('question-ask-back-submit').click();
  await expect(page.getByTestId('message-ask_back')).toBeVisible();
  await signOut(page, original);

  // The municipality replies; the clock runs again and the adviser answers.
  original = await signIn(page, 'hr@novi-pazar.example', 'sr-Cyrl');
  await page.goto(questionPath);
  await page.getByTestId('question-reply').click();
  await page.getByTestId('question-reply-text').fill('Од 10. јануара, без прекида.');
  await page.getByTestId('question-reply-submit').click();
  await expect(page.getByTestId('message-reply')).toBeVisible();
  await signOut(page, original);

  original = await signIn(page, 'expert@kadar.example', 'sr-Cyrl');
  await page.goto(questionPath);
  await page.getByTestId('question-answer').click();
  await page
    .getByTestId('question-answer-text')
    .fill('Не пропада: право на одмор прекинут боловањем користи се по повратку на рад.');
  await lookAtDialog(page, 'sr-Cyrl', 'advice-answer-dialog');
  await page.getByTestId('question-answer-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('message-answer')).toBeVisible();
  await expect(page.getByTestId('question-publication')).toBeVisible();
  await lookAtPage(page, 'sr-Cyrl', 'advice-question-answered', questionPath);
  await chooseLanguage(page, 'bg');
  await lookAtPage(page, 'bg', 'advice-question-answered', questionPath);
  await chooseLanguage(page, 'en');
  await lookAtPage(page, 'en', 'advice-question-answered', questionPath);
  // The answer goes to the knowledge base as a draft the adviser edits next.
  await page.getByTestId('question-publication').click();
  await page.waitForURL(/\/knowledge\/manage\/[0-9a-f-]{36}$/);
  await signOut(page, original);

  // The asker sees the answer and accepts it.
  original = await signIn(page, 'hr@novi-pazar.example', 'sr-Cyrl');
  await page.goto(questionPath);
  await page.getByTestId('attachment-upload').click();
  await page.getByTestId('attachment-file').setInputFiles({
    name: 'решење.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await page.getByTestId('attachment-upload-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('решење.pdf')).toBeVisible();
  await page.getByTestId('question-accept').click();
  await expect(page.getByTestId('question-accept')).toBeHidden();
  await signOut(page, original);
});
