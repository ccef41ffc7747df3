import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import {
  accessibilityViolations,
  chooseLanguage,
  demoPassword,
  type E2eLocale,
  login,
  lookAtPage,
} from './support';

type Headers = { 'x-csrf-token': string };
type Me = { csrfToken: string; user: { locale: E2eLocale }; memberships: Array<{ organisationId: string }> };

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/**
 * A published answer citing `lawId`, made the way the experts make one: the HR officer of Novi Pazar
 * asks, the expert claims and answers, prepares the entry (anonymised) and publishes it.
 */
async function publishAnswer(
  expert: APIRequestContext,
  headers: Headers,
  hr: APIRequestContext,
  bodyId: string,
  lawId: string,
): Promise<string> {
  await json(
    await hr.post('/api/v1/auth/login', { data: { email: 'hr@novi-pazar.example', password: demoPassword } }),
  );
  const hrMe = await json<Me>(await hr.get('/api/v1/me'));
  const { areas } = await json<{ areas: Array<{ code: string; subtopics: Array<{ code: string }> }> }>(
    await hr.get('/api/v1/public/advice-rules?country=RS'),
  );
  const area = areas[0];
  const question = await json<{ id: string }>(
    await hr.post('/api/v1/questions', {
      headers: { 'x-csrf-token': hrMe.csrfToken },
      data: {
        organisationId: hrMe.memberships[0]?.organisationId,
        bodyId,
        title: 'Пробни рад у општинској управи Нови Пазар',
        text: 'Општина Нови Пазар пита: колико може трајати пробни рад службеника који први пут заснива радни однос? Контакт: hr@novi-pazar.example',
        areaCode: area?.code,
        subtopicCode: area?.subtopics[0]?.code,
        lawRefs: [{ lawId, article: '49' }],
      },
    }),
    201,
  );
  const path = `/api/v1/questions/${question.id}`;
  await json(await expert.post(`${path}/claim`, { headers }));
  await json(
    await expert.post(`${path}/answer`, {
      headers,
      data: {
        text: 'Пробни рад траје најдуже шест месеци; службеник који не задовољи на пробном раду отказује се радни однос.',
      },
    }),
  );
  const draft = await json<{ id: string }>(await expert.post(`${path}/publication`, { headers }), 201);
  await json(await expert.post(`/api/v1/answers/${draft.id}/publish`, { headers }));
  return draft.id;
}

test('the experts keep the laws register; anyone searches and reads the knowledge base', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'expert@kadar.example');
  const me = await json<Me>(await page.request.get('/api/v1/me'));
  const headers = { 'x-csrf-token': me.csrfToken };
  await chooseLanguage(page, 'sr-Cyrl');

  // The expert adds a law to the register.
  await lookAtPage(page, 'sr-Cyrl', 'laws', '/laws');
  await page.getByTestId('law-new').click();
  await lookAtDialog(page, 'sr-Cyrl', 'law-dialog');
  const title = `Закон о пробном раду ${Date.now()}`;
  await page.getByTestId('law-title').fill(title);
  await page.getByTestId('law-gazette').fill('Сл. гласник РС 21/2016');
  await page.getByTestId('law-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('law-row').filter({ hasText: title })).toBeVisible();
  const laws = await json<{ items: Array<{ id: string; title: string }> }>(
    await page.request.get('/api/v1/laws?country=RS'),
  );
  const lawId = laws.items.find((l) => l.title === title)?.id ?? '';

  // A published answer citing it; then the law is amended, so the answer needs re-checking.
  const hr = await playwright.request.newContext({ baseURL });
  const answerId = await publishAnswer(
    page.request,
    headers,
    hr,
    me.memberships[0]?.organisationId ?? '',
    lawId,
  );
  await hr.dispose();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await json(await page.request.patch(`/api/v1/laws/${lawId}`, { headers, data: { amendedOn: tomorrow } }));
  await lookAtPage(page, 'sr-Cyrl', 'knowledge-manage', '/knowledge/manage?needsRecheck=true');
  await lookAtPage(page, 'sr-Cyrl', 'knowledge-editor', `/knowledge/manage/${answerId}`);
  await expect(page.getByTestId('removed-terms')).toBeVisible();
  await chooseLanguage(page, 'bg');
  await lookAtPage(page, 'bg', 'laws', '/laws');
  await chooseLanguage(page, me.user.locale);

  // Signed out: the public search finds the Cyrillic answer with Latin words, and the answer page.
  await page.context().clearCookies();
  for (const locale of ['sr-Cyrl', 'bg', 'en'] as const) {
    await page.goto('/knowledge');
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'knowledge', '/knowledge?q=probni%20rad&country=RS');
    await expect(page.getByTestId('knowledge-result').first()).toBeVisible();
    if (locale === 'en') break;
    await lookAtPage(page, locale, 'knowledge-answer', `/knowledge/${answerId}`);
    await expect(page.getByTestId('disclaimer')).toBeVisible();
    await expect(page.getByTestId('amended-warning')).toBeVisible();
  }
  await lookAtPage(page, 'en', 'knowledge-empty', '/knowledge?q=zzzzqqq');
  await expect(page.getByTestId('empty-state')).toBeVisible();

  // On a phone neither page scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, path] of [
    ['knowledge-phone', '/knowledge?country=RS'],
    ['knowledge-answer-phone', `/knowledge/${answerId}`],
  ] as const) {
    await lookAtPage(page, 'en', name, path);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      name,
    ).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // One vote per browser: the buttons give way to thanks and the counts.
  await page.goto(`/knowledge/${answerId}`);
  await page.getByTestId('helpful-yes').click();
  await expect(page.getByTestId('helpful-yes')).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('helpful-vote')).toContainText('1');
  await expect(page.getByTestId('helpful-yes')).toHaveCount(0);
});
