import { type Browser, expect, type Page, test } from '@playwright/test';
import { chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

/**
 * The journey: the HR officer of Novi Pazar asks in Serbian Latin, the association's
 * adviser answers and publishes an anonymised version, and a visitor who is not signed in finds
 * it by searching in Cyrillic. The number in the title is written alike in both scripts.
 */
const stamp = String(Date.now()).slice(-7);
const title = `Probni rad službenika u opštinskoj upravi ${stamp}`;

/** A signed-in page of its own (cookies apart), switched to `locale`; `done` restores the profile's language. */
async function signedIn(browser: Browser, email: string, locale: E2eLocale) {
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const original = (await (await page.request.get('/api/v1/me')).json()).user.locale as E2eLocale;
  await chooseLanguage(page, locale);
  return {
    page,
    done: async () => {
      await chooseLanguage(page, original);
      await page.context().close();
    },
  };
}

async function pickFirst(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('listbox').getByRole('option').first().click();
}

test('a municipality asks in Latin, the adviser publishes the answer, a visitor finds it in Cyrillic', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  const hr = await signedIn(browser, 'hr@novi-pazar.example', 'sr-Latn');
  await hr.page.goto('/advice/new');
  await pickFirst(hr.page, 'question-area');
  await pickFirst(hr.page, 'question-subtopic');
  await hr.page.getByTestId('question-title').fill(title);
  await hr.page
    .getByTestId('question-text')
    .fill(
      'Opština Novi Pazar je primila službenika na probni rad od šest meseci. Može li se probni rad ' +
        'produžiti ako je službenik bio na bolovanju? Odgovor pošaljite na kadrovi@novi-pazar.example.',
    );
  await hr.page.getByTestId('question-submit').click();
  await hr.page.waitForURL(/\/advice\/[0-9a-f-]{36}$/);
  const questionPath = new URL(hr.page.url()).pathname;
  await lookAtPage(hr.page, 'sr-Latn', 'advice-journey-asked', questionPath);
  await hr.done();

  const expert = await signedIn(browser, 'expert@kadar.example', 'sr-Cyrl');
  await expert.page.goto(questionPath);
  await expert.page.getByTestId('question-claim').click();
  await expert.page.getByTestId('question-answer').click();
  await expert.page
    .getByTestId('question-answer-text')
    .fill(
      'Пробни рад траје онолико колико је уговорено и не продужава се. Ако службеник за то време ' +
        'буде одсутан, оцена се даје према раду који је стварно обављен.',
    );
  await expert.page.getByTestId('question-answer-submit').click();
  await expect(expert.page.getByTestId('message-answer')).toBeVisible();
  await expert.page.getByTestId('question-publication').click();
  await expert.page.waitForURL(/\/knowledge\/manage\/[0-9a-f-]{36}$/);
  const answerId = new URL(expert.page.url()).pathname.split('/').pop() ?? '';
  // The anonymiser shows what it took out, for the adviser to check before publishing.
  await expect(expert.page.getByTestId('removed-terms')).toContainText('Novi Pazar');
  await expect(expert.page.getByTestId('removed-terms')).toContainText('kadrovi@novi-pazar.example');
  await expert.page.getByTestId('answer-publish').click();
  await expect
    .poll(async () => (await expert.page.request.get(`/api/v1/public/knowledge/${answerId}`)).status())
    .toBe(200);
  await expert.done();

  // Nobody signed in: a Cyrillic search finds the Latin question, which names nobody.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.setViewportSize({ width: 1280, height: 900 });
  await visitor.goto('/knowledge');
  await chooseLanguage(visitor, 'sr-Cyrl');
  await visitor.getByRole('searchbox').fill(`пробни рад службеника ${stamp}`);
  const result = visitor.getByTestId('knowledge-result').filter({ hasText: stamp });
  await expect(result).toHaveCount(1);
  await lookAtPage(visitor, 'sr-Cyrl', 'knowledge-journey-found', `/knowledge?q=пробни%20рад%20${stamp}`);
  await visitor.getByTestId('knowledge-result').filter({ hasText: stamp }).getByRole('link').first().click();
  await expect(visitor).toHaveURL(new RegExp(`/knowledge/${answerId}$`));
  await expect(visitor.getByTestId('disclaimer')).toBeVisible();
  const page = (await visitor.locator('main').textContent()) ?? '';
  expect(page).toContain('продужава');
  for (const hidden of ['Novi Pazar', 'Нови Пазар', 'kadrovi@novi-pazar.example'])
    expect(page).not.toContain(hidden);
  await visitor.context().close();
});
