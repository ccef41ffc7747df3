import { type APIRequestContext, expect, test } from '@playwright/test';
import { chooseLanguage, demoPassword, login, lookAtPage } from './support';

type Mail = { recipient: string; template: string; textBody: string };

/** The newest mail of `template` to `to`, read by the platform administrator (mails wait in the outbox). */
async function mailLink(admin: APIRequestContext, to: string, template: string, pattern: RegExp) {
  let link: string | undefined;
  await expect(async () => {
    const response = await admin.get(`/api/v1/outbox?q=${encodeURIComponent(to)}`);
    const { items } = (await response.json()) as { items: Mail[] };
    const mail = items.find((m) => m.recipient === to && m.template === template);
    link = mail ? pattern.exec(mail.textBody)?.[0] : undefined;
    expect(link, `${template} to ${to}`).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  return link as string;
}

test('a visitor subscribes to the bulletin, confirms by mail, receives one and unsubscribes', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = `reader.${Date.now()}@example.org`;
  const admin = await playwright.request.newContext({ baseURL });
  await admin.post('/api/v1/auth/login', { data: { email: 'admin@kadar.example', password: demoPassword } });

  // Anonymous: the browser proves a little work instead of solving a puzzle, then the request goes.
  await page.goto('/bulletin');
  await page.getByTestId('subscribe-email').fill(email);
  await page.getByTestId('subscribe-submit').click();
  await expect(page.getByTestId('subscribe-sent')).toBeVisible({ timeout: 60_000 });
  await page.goto(await mailLink(admin, email, 'bulletin_confirm', /http\S+\/bulletin\/confirm\?\S+/));
  await expect(page.getByTestId('bulletin-done')).toBeVisible();

  // The association publishes a news post and sends the bulletin now.
  await login(page, 'skgo@kadar.example');
  await page.goto('/news/manage');
  await page.getByTestId('news-new').click();
  const title = `Билтен проба ${Date.now()}`;
  await page.getByTestId('post-title').fill(title);
  await page
    .getByTestId('post-body-input')
    .fill('Вест за билтен: нове обуке за службенике у локалној самоуправи.');
  await page.getByTestId('post-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByTestId('post-row').filter({ hasText: title }).getByTestId('post-publish').click();
  await expect(
    page.getByTestId('post-row').filter({ hasText: title }).getByTestId('post-publish'),
  ).toBeHidden();
  await page.goto('/bulletin/manage');
  await expect(page.getByTestId('bulletin-items')).toContainText(title);
  await page.getByTestId('bulletin-send').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Send now|Пошаљи сада|Pošalji sada/ })
    .click();
  await expect(page.getByTestId('bulletin-history')).toBeVisible();

  // The unsubscribe link of the bulletin asks for a click (mail scanners open links too).
  const unsubscribe = await mailLink(admin, email, 'bulletin', /http\S+\/bulletin\/unsubscribe\?\S+/);
  await page.context().clearCookies();
  await page.goto(unsubscribe);
  await page.getByTestId('unsubscribe-confirm').click();
  await expect(page.getByTestId('bulletin-done')).toBeVisible();
  await admin.dispose();
});

test('the news pages in Serbian Cyrillic and Bulgarian', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'skgo@kadar.example');
  for (const locale of ['sr-Cyrl', 'bg'] as const) {
    await chooseLanguage(page, locale);
    for (const [name, path] of [
      ['news', '/news'],
      ['news-events', '/events'],
      ['news-manage', '/news/manage'],
      ['news-bulletin', '/bulletin'],
      ['news-bulletin-manage', '/bulletin/manage'],
    ] as const) {
      await lookAtPage(page, locale, name, path);
    }
  }
  // The event form, with its dates and times.
  await page.goto('/news/manage');
  await page.getByTestId('event-new').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/bg/news-event-dialog.png', fullPage: true });
});
