import { type Browser, expect, type Page, test } from '@playwright/test';
import { chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

/** A signed-in page of its own (own cookies), so several people act in one test. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  return page;
}

test('a card written, found in the other script, and a notification read', async ({ browser }) => {
  test.setTimeout(120_000);
  const expertise = `Кадровски план и конкурси ${Date.now()}`;

  // The HR officer of Ivanjica (Cyrillic name) writes and lists their card.
  const hr = await signedIn(browser, 'hr@ivanjica.example');
  await hr.goto('/network/directory');
  await hr.getByTestId('my-card').click();
  await hr.getByLabel(/Радно место|Job title/).fill('Саветник за људске ресурсе');
  await hr.getByLabel(/О чему колеге|What colleagues/).fill(expertise);
  await expect(hr.getByTestId('card-listed')).toBeChecked();
  await hr.getByTestId('card-save').click();
  await expect(hr.getByTestId('directory-card')).toContainText(expertise);

  // The HR officer of Kraljevo reads Latin and finds them by the Latin form of the name.
  const other = await signedIn(browser, 'hr@kraljevo.example');
  await other.goto('/network/directory');
  await other.getByRole('searchbox').fill('Nemanja Lazic');
  const found = other.getByTestId('directory-card').filter({ hasText: 'Nemanja Lazić' });
  await expect(found).toBeVisible();
  await expect(found.getByRole('link', { name: /hr@ivanjica.example/ })).toBeVisible();
  await other.context().close();

  // Ivanjica's bell has unread notifications; opening one marks it read, "mark all" clears the badge.
  const bell = hr.getByTestId('bell');
  await expect(bell).toHaveAttribute('aria-label', /[1-9]/);
  const before = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
  await bell.click();
  await hr.getByTestId('notification').first().click();
  await expect(bell).toHaveAttribute('aria-label', new RegExp(`\\b${before - 1}\\b`));
  await bell.click();
  await hr.getByTestId('bell-mark-all').click();
  await expect(bell).toHaveAttribute('aria-label', /\b0\b/);
  await expect(hr.getByTestId('bell-badge').locator('.mantine-Indicator-indicator')).toHaveCount(0);
  await hr.context().close();
});

const people: Record<'sr-Cyrl' | 'bg', string> = {
  'sr-Cyrl': 'hr@novi-pazar.example',
  bg: 'expert-bg@kadar.example',
};

for (const [locale, email] of Object.entries(people) as Array<[E2eLocale, string]>) {
  test(`the HR network's directory and notification pages in ${locale}`, async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await signedIn(browser, email);
    const own = ((await (await page.request.get('/api/v1/me')).json()) as { user: { locale: E2eLocale } })
      .user.locale;
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'network-directory', '/network/directory');
    await lookAtPage(page, locale, 'network-directory-card', '/network/directory/me');
    await lookAtPage(page, locale, 'notifications', '/notifications');
    await lookAtPage(page, locale, 'notification-settings', '/settings/notifications');
    await page.getByTestId('bell').click();
    await expect(page.getByTestId('bell-mark-all')).toBeVisible();
    await page.waitForTimeout(400); // the dropdown fades in
    await page.screenshot({ path: `e2e/screenshots/${locale}/notification-bell.png` });
    await chooseLanguage(page, own);
    await page.context().close();
  });
}
