import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Listed = {
  id: string;
  status: string;
  registration: string;
  restrictedToId: string | null;
  organiserId: string;
  days: Array<{ date: string }>;
};

const locales = ['sr-Cyrl', 'bg', 'en'] as const;
// Each country's national body, and an HR officer and trainer who see its sessions.
const cast = {
  RS: { admin: 'napa@kadar.example', hr: 'hr@novi-pazar.example', trainer: 'trainer@kadar.example' },
  BG: { admin: 'namrb@kadar.example', hr: 'hr@gabrovo.example', trainer: 'trainer-bg@kadar.example' },
} as const;
const countryOf = (locale: E2eLocale) => (locale === 'bg' ? 'BG' : 'RS');

/** Signs in and switches to `locale`; gives back the language to restore (the choice is saved in the profile). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return { me, original: me.user.locale as E2eLocale };
}

async function sessions(page: Page, query: string): Promise<Listed[]> {
  return (await (await page.request.get(`/api/v1/sessions?limit=200&${query}`)).json()).items;
}

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

const today = () => new Date().toISOString().slice(0, 10);
/** A day `days` from today as typed in an English date field. */
function typedDay(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

for (const locale of locales) {
  test(`the organiser's session pages in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    const country = countryOf(locale);
    const { me, original } = await signIn(page, cast[country].admin, locale);
    const bodyId = me.memberships[0].organisationId as string;
    await lookAtPage(page, locale, 'sessions', '/sessions');
    await expect(page.getByTestId('session-row').first()).toBeVisible();
    await lookAtPage(page, locale, 'sessions-past', '/sessions?period=past');

    const completed = (await sessions(page, `organiserId=${bodyId}&status=completed&order=desc`))[0];
    expect(completed, 'a completed demo session').toBeTruthy();
    await lookAtPage(page, locale, 'session-completed', `/sessions/${completed?.id}`);
    await expect(page.getByTestId('participant-row').first()).toBeVisible();
    await lookAtPage(page, locale, 'session-evaluation', `/sessions/${completed?.id}?tab=evaluation`);
    await expect(page.getByTestId('evaluation-source-participant')).toBeVisible();
    await lookAtPage(
      page,
      locale,
      'session-attendance-completed',
      `/sessions/${completed?.id}?tab=attendance`,
    );

    await page.goto('/sessions');
    await page.getByTestId('new-session').click();
    await lookAtDialog(page, locale, 'session-new');
    await page.keyboard.press('Escape');

    await lookAtPage(page, locale, 'training-requests-incoming', '/training-requests');
    await chooseLanguage(page, original);
  });

  test(`the HR officer's and trainer's session pages in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    const country = countryOf(locale);
    const { original } = await signIn(page, cast[country].hr, locale);
    await lookAtPage(page, locale, 'sessions-hr', '/sessions');
    const open = (await sessions(page, `country=${country}&status=scheduled&from=${today()}`)).find(
      (s) => s.registration === 'open' && !s.restrictedToId,
    );
    expect(open, 'an announced session open for registration').toBeTruthy();
    await lookAtPage(page, locale, 'session-upcoming-hr', `/sessions/${open?.id}`);
    await page.getByTestId('enrol-employees-open').click();
    await lookAtDialog(page, locale, 'session-enrol');
    await page.keyboard.press('Escape');

    await lookAtPage(page, locale, 'training-requests-sent', '/training-requests');
    await page.getByTestId('request-new').click();
    await lookAtDialog(page, locale, 'training-request-new');
    await page.keyboard.press('Escape');
    await chooseLanguage(page, original);

    // The trainer: the sessions they deliver, and the register of one of them.
    await page.context().clearCookies();
    const trainer = await signIn(page, cast[country].trainer, locale);
    await lookAtPage(page, locale, 'sessions-trainer', '/sessions?mine=1&period=all');
    const delivered = await sessions(page, 'mine=trainer');
    const running = delivered.find((s) => s.status === 'scheduled' && (s.days[0]?.date ?? '') <= today());
    const target = running ?? delivered.find((s) => s.status === 'scheduled') ?? delivered[0];
    if (target) {
      await lookAtPage(page, locale, 'session-attendance', `/sessions/${target.id}?tab=attendance`);
      if (target.status === 'scheduled') {
        await page.getByTestId('check-in-open').click();
        await expect(page.getByTestId('check-in-qr')).toBeVisible();
        await page.screenshot({ path: `e2e/screenshots/${locale}/session-check-in.png` });
        await page.keyboard.press('Escape');
      }
    }
    await chooseLanguage(page, trainer.original);
  });
}

test('a national administrator creates and announces a session', async ({ page }) => {
  test.setTimeout(120_000);
  const { original } = await signIn(page, 'skgo@kadar.example', 'en');
  await page.goto('/sessions');
  await page.getByTestId('new-session').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('session-programme').fill('JLS-SE-01');
  await page.getByRole('option', { name: /^JLS-SE-01/ }).click();
  await dialog.getByTestId('session-mode').selectOption('in_person');
  await dialog.getByTestId('session-venue').fill('City Hall of Kraljevo, Great hall');
  await dialog.getByTestId('session-day-date-0').fill(typedDay(40));
  await dialog.getByTestId('session-add-day').click();
  await dialog.getByTestId('session-capacity').fill('12');
  // The registration dates followed the first day; announcing sends the session out.
  await expect(dialog.getByTestId('session-registration-closes')).not.toHaveValue('');
  await dialog.getByTestId('session-submit').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('session-status')).toHaveText('Announced');
  await expect(page.getByText('City Hall of Kraljevo, Great hall').first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/en/session-announced.png', fullPage: true });
  await chooseLanguage(page, original);
});

test('an HR officer requests a training and the national body schedules it', async ({ browser }) => {
  test.setTimeout(180_000);
  const hr = await (await browser.newContext()).newPage();
  const hrSession = await signIn(hr, 'hr@kraljevo.example', 'en');
  const topic = `Public procurement for Kraljevo ${Date.now()}`;
  await hr.goto('/training-requests');
  await hr.getByTestId('request-new').click();
  const dialog = hr.getByRole('dialog');
  await dialog.getByTestId('request-body').selectOption({ label: 'Nacionalna akademija za javnu upravu' });
  await dialog.getByTestId('request-topic').fill(topic);
  await dialog.getByTestId('request-from').fill(typedDay(30));
  await dialog.getByTestId('request-to').fill(typedDay(45));
  await dialog.getByTestId('request-participants').fill('15');
  await dialog.getByTestId('request-submit').click();
  await expect(dialog).toBeHidden();
  const sent = hr.getByTestId('request-row').filter({ hasText: topic });
  await expect(sent.getByTestId('request-status')).toHaveText('Submitted');

  const body = await (await browser.newContext()).newPage();
  const bodySession = await signIn(body, 'napa@kadar.example', 'en');
  await body.goto('/training-requests');
  const incoming = body.getByTestId('request-row').filter({ hasText: topic });
  await incoming.getByTestId('request-accept').click();
  await body.getByTestId('request-accept-text').fill('We will hold it in Kraljevo.');
  await body.getByTestId('request-accept-submit').click();
  await expect(incoming.getByTestId('request-status')).toHaveText('Accepted');

  await incoming.getByTestId('request-schedule').click();
  const schedule = body.getByRole('dialog');
  await schedule.getByTestId('session-programme').fill('JLS-OP-04');
  await body.getByRole('option', { name: /^JLS-OP-04/ }).click();
  await schedule.getByTestId('session-mode').selectOption('in_person');
  await schedule.getByTestId('session-venue').fill('Kraljevo City Hall');
  await body.screenshot({ path: 'e2e/screenshots/en/training-request-schedule.png', fullPage: true });
  expect(await accessibilityViolations(body)).toEqual([]);
  await schedule.getByTestId('schedule-submit').click();
  await expect(body).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(body.getByText('only employees of Kraljevo may enrol', { exact: false })).toBeVisible();
  await expect(body.getByTestId('session-status')).toHaveText('Announced');

  await hr.reload();
  await expect(sent.getByTestId('request-status')).toHaveText('Scheduled');
  await sent.getByTestId('request-session').click();
  await expect(hr).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(hr.getByTestId('enrol-employees-open')).toBeVisible();
  await chooseLanguage(body, bodySession.original);
  await chooseLanguage(hr, hrSession.original);
  await body.context().close();
  await hr.context().close();
});
