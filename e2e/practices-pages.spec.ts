import { type Browser, expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Me = { user: { locale: E2eLocale } };
type Listed = { items: Array<{ id: string; translation: object | null }> };

/** A signed-in page of its own (own cookies), so several people act in one test. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  return page;
}

async function profileLocale(page: Page): Promise<E2eLocale> {
  return ((await (await page.request.get('/api/v1/me')).json()) as Me).user.locale;
}

test('a practice submitted, moderated and nominated', async ({ browser }) => {
  test.setTimeout(150_000);
  const title = `Наставничество за нови служители ${Date.now()}`;

  // The HR officer of Smolyan writes the practice and sends it to the association.
  const hr = await signedIn(browser, 'hr@smolyan.example');
  await hr.goto('/practices/mine');
  await hr.getByTestId('practice-new').click();
  await hr.getByTestId('practice-title').fill(title);
  await hr
    .getByTestId('practice-summary')
    .fill('Всеки нов служител получава наставник за първите шест месеца.');
  await hr.getByTestId('practice-background').fill('Новите служители напускаха през първата година.');
  await hr.getByTestId('practice-practice').fill('Опитен колега води новия служител по план с ясни стъпки.');
  await hr.getByTestId('practice-results').fill('Текучеството сред новите служители падна наполовина.');
  await hr.getByTestId('practice-initiator').fill('Община Смолян, дирекция „Човешки ресурси“');
  await hr.getByTestId('practice-period-from').fill('01.03.2024');
  await hr.keyboard.press('Escape');
  await hr.getByTestId('practice-add-link').click();
  await hr.getByTestId('practice-link-row').getByRole('textbox').first().fill('https://smolyan.bg/video');
  await hr.getByTestId('practice-contact-name').fill('Мария Петрова');
  await hr.getByTestId('practice-contact-email').fill('hr@smolyan.example');
  await hr.getByTestId('practice-submit').click();
  await expect(hr).toHaveURL(/\/practices\/mine$/);
  await expect(hr.getByTestId('practice-row').filter({ hasText: title })).toBeVisible();

  // The association's expert publishes it with the four scores.
  const expert = await signedIn(browser, 'expert-bg@kadar.example');
  await expert.goto('/practices/moderation');
  await expert.getByTestId('moderation-row').filter({ hasText: title }).getByRole('link').click();
  await expert.getByTestId('moderation-publish').click();
  for (const criterion of ['innovation', 'impact', 'sustainability', 'transferability']) {
    await expert.getByTestId(`moderation-score-${criterion}`).getByText('4', { exact: true }).click();
  }
  await expert.screenshot({ path: 'e2e/screenshots/bg/practice-publish-dialog.png', fullPage: true });
  expect(await accessibilityViolations(expert), 'publish dialog').toEqual([]);
  await expert.getByTestId('moderation-publish-submit').click();
  await expect(expert.getByRole('dialog')).toBeHidden();
  await expect(expert.getByTestId('practice-status')).toHaveText(/Публикувана|Published/);
  const id = expert.url().split('/').at(-1) ?? '';

  // The HR officer of Smolyan may not nominate their own; the one of Gabrovo nominates it, once.
  await hr.goto(`/practices/${id}`);
  await expect(hr.getByTestId('practice-nominate')).toBeDisabled();
  const other = await signedIn(browser, 'hr@gabrovo.example');
  await other.goto(`/practices/${id}`);
  await expect(other.getByTestId('nomination-count')).toContainText('0');
  await other.getByTestId('practice-nominate').click();
  await expect(other.getByTestId('nomination-count')).toContainText('1');
  await expect(other.getByTestId('practice-nominate')).toBeDisabled();
  await expect(other.getByTestId('nomination-reason')).toBeVisible();
  await other.reload();
  await expect(other.getByTestId('practice-nominate')).toBeDisabled();
  await expect(other.getByTestId('nomination-reason')).toBeVisible();
  for (const page of [hr, expert, other]) await page.context().close();
});

const people: Record<'sr-Cyrl' | 'bg', { hr: string; expert: string; country: string }> = {
  'sr-Cyrl': { hr: 'hr@novi-pazar.example', expert: 'expert@kadar.example', country: 'RS' },
  bg: { hr: 'hr@smolyan.example', expert: 'expert-bg@kadar.example', country: 'BG' },
};

for (const [locale, who] of Object.entries(people) as Array<[E2eLocale, (typeof people)['bg']]>) {
  test(`the practices pages in ${locale}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const hr = await signedIn(browser, who.hr);
    const own = await profileLocale(hr);
    await chooseLanguage(hr, locale);
    const published = (await (
      await hr.request.get(`/api/v1/public/practices?country=${who.country}`)
    ).json()) as Listed;
    await lookAtPage(hr, locale, 'practices', `/practices?country=${who.country}`);
    await lookAtPage(hr, locale, 'practices-ranking', `/practices?sort=nominations`);
    // One with a translation, if any, to see the language toggle.
    const practice = published.items.find((p) => p.translation) ?? published.items[0];
    await lookAtPage(hr, locale, 'practice', `/practices/${practice?.id}`);
    await lookAtPage(hr, locale, 'practices-mine', '/practices/mine');
    await lookAtPage(hr, locale, 'practice-form', '/practices/new');
    await chooseLanguage(hr, own);

    const expert = await signedIn(browser, who.expert);
    const expertLocale = await profileLocale(expert);
    await chooseLanguage(expert, locale);
    await lookAtPage(expert, locale, 'practice-moderation', '/practices/moderation');
    await expert.getByTestId('moderation-row').first().getByRole('link').click();
    await expect(expert.getByRole('heading', { level: 1 })).toBeVisible();
    const path = new URL(expert.url()).pathname;
    await lookAtPage(expert, locale, 'practice-moderation-one', path);
    await chooseLanguage(expert, expertLocale);
    for (const page of [hr, expert]) await page.context().close();
  });
}
