import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

type Tree = { [key: string]: string | Tree };
const texts = (locale: E2eLocale) =>
  JSON.parse(readFileSync(`locales/${locale}/my-learning.json`, 'utf8')) as Record<string, Tree>;
const text = (locale: E2eLocale, section: string, key: string) =>
  (texts(locale)[section] as Tree)[key] as string;

const locales = ['sr-Cyrl', 'bg', 'en'] as const;

/** An open dialog: screenshot it, then fail on a serious axe violation. */
async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** Signs in and switches to `locale`; gives back the language to restore (it is saved in the profile). */
async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return me.user.locale as E2eLocale;
}

/** On a phone the page must not scroll sideways (wide tables scroll inside themselves). */
async function fitsPhone(page: Page, locale: E2eLocale, name: string, path: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await lookAtPage(page, locale, `${name}-phone`, path);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), name).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
}

for (const locale of locales) {
  test(`the demo employee reads their trainings and downloads a certificate in ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const original = await signIn(page, 'employee@novi-pazar.example', locale);

    await lookAtPage(page, locale, 'my-learning', '/my-learning');
    await expect(page.getByTestId('upcoming-enrolment').first()).toBeVisible();
    await expect(page.getByTestId('past-enrolment').first()).toBeVisible();
    await expect(page.getByTestId('calendar-url')).toHaveValue(/\/api\/v1\/public\/calendars\//);
    // The place waiting for the manager says so.
    await expect(page.getByText(text(locale, 'upcoming', 'awaitingApproval')).first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByTestId('certificate-download').first().click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    const evaluate = page.getByTestId('evaluate').first();
    if (await evaluate.isVisible()) {
      await evaluate.click();
      await lookAtDialog(page, locale, 'my-learning-evaluation');
      await page.keyboard.press('Escape');
    }
    const enrol = page.getByTestId('self-enrol').first();
    if (await enrol.isVisible()) {
      await enrol.click();
      await lookAtDialog(page, locale, 'my-learning-enrol');
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('enrolment-cancel').first().click();
    await lookAtDialog(page, locale, 'my-learning-cancel');
    await page.keyboard.press('Escape');

    // The personnel file lists the same trainings and the certificate.
    await page.goto('/employees');
    await expect(page).toHaveURL(/\/employees\/[0-9a-f-]{36}$/);
    await lookAtPage(page, locale, 'employee-file-learning', new URL(page.url()).pathname);
    await expect(page.getByTestId('file-training').first()).toBeVisible();
    await expect(page.getByTestId('file-certificate').first()).toBeVisible();
    await expect(page.getByTestId('certificate-revoke')).toHaveCount(0);

    // A check-in link that is not (or no longer) valid explains itself.
    await lookAtPage(page, locale, 'check-in-failed', '/check-in/not-a-valid-token-0000');
    await expect(page.getByTestId('check-in-failed')).toBeVisible();

    await fitsPhone(page, locale, 'my-learning', '/my-learning');
    await chooseLanguage(page, original);
  });

  test(`anyone checks a demo certificate without signing in, in ${locale}`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await login(page, 'employee@novi-pazar.example');
    const mine = (await (await page.request.get('/api/v1/certificates?mine=true')).json()) as {
      items: Array<{ code: string; holderName: string; holderNameLatin: string }>;
    };
    const certificate = mine.items[0];
    expect(certificate).toBeDefined();
    if (!certificate) return;

    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto('/verify');
    await chooseLanguage(anonymous, locale);
    await lookAtPage(anonymous, locale, 'verify-certificate', `/verify/${certificate.code}`);
    await expect(anonymous.getByTestId('verification-valid')).toBeVisible();
    const holder = locale === 'en' ? certificate.holderNameLatin : certificate.holderName;
    await expect(anonymous.getByTestId('verification')).toContainText(holder);

    // Typed in lower case with spaces, a code that does not exist.
    await anonymous.getByTestId('verify-code').fill('rs-0000 0000');
    await anonymous.getByTestId('verify-submit').click();
    await expect(anonymous).toHaveURL(/\/verify\/RS-00000000$/);
    await expect(anonymous.getByTestId('verification-missing')).toBeVisible();
    await anonymous.screenshot({
      path: `e2e/screenshots/${locale}/verify-certificate-missing.png`,
      fullPage: true,
    });
    expect(await accessibilityViolations(anonymous)).toEqual([]);
    await visitor.close();
  });

  test(`the manager reads the approvals queue in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    const original = await signIn(page, 'manager@novi-pazar.example', locale);
    await lookAtPage(page, locale, 'training-approvals', '/approvals/trainings');
    await expect(page.getByTestId('pending-approval').first()).toBeVisible();
    await page.getByTestId('decline').first().click();
    await lookAtDialog(page, locale, 'training-approvals-decline');
    await page.keyboard.press('Escape');
    const rate = page.getByTestId('rate-impact').first();
    if (await rate.isVisible()) {
      await rate.click();
      await lookAtDialog(page, locale, 'training-approvals-impact');
      await page.keyboard.press('Escape');
    }
    await fitsPhone(page, locale, 'training-approvals', '/approvals/trainings');
    await chooseLanguage(page, original);
  });
}

test('the manager approves the demo employee’s pending place, and the employee sees it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = await browser.newPage();
  const original = await signIn(manager, 'manager@novi-pazar.example', 'sr-Cyrl');
  await manager.goto('/approvals/trainings');
  const employee = await browser.newPage();
  await login(employee, 'employee@novi-pazar.example');
  const me = (await (
    await employee.request.get('/api/v1/enrolments?mine=participant&approval=pending')
  ).json()) as {
    items: Array<{ id: string; participantName: string }>;
  };
  const pending = me.items[0];
  expect(pending).toBeDefined();
  if (!pending) return;

  const row = manager.getByTestId('pending-approval').filter({ hasText: pending.participantName }).first();
  await row.getByTestId('approve').click();
  await expect(
    manager.getByText(text('sr-Cyrl', 'approvals', 'approved').split('{{')[0] as string),
  ).toBeVisible();
  const after = await (await employee.request.get(`/api/v1/enrolments?mine=participant`)).json();
  expect(after.items.find((e: { id: string }) => e.id === pending.id)?.approval).toBe('approved');
  await chooseLanguage(manager, original);
});

test('the demo employee enrols in an open session and evaluates a finished one', async ({ page }) => {
  test.setTimeout(120_000);
  const original = await signIn(page, 'employee@novi-pazar.example', 'sr-Cyrl');
  await page.goto('/my-learning');
  await expect(page.getByTestId('upcoming-enrolment').first()).toBeVisible();
  const before = await page.getByTestId('upcoming-enrolment').count();
  await page.getByTestId('self-enrol').first().click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: text('sr-Cyrl', 'enrol', 'submit') })
    .click();
  await expect(page.getByTestId('upcoming-enrolment')).toHaveCount(before + 1);

  const evaluate = page.getByTestId('evaluate').first();
  await evaluate.click();
  for (const question of ['content', 'trainer', 'organisation', 'usefulness'])
    await page.getByTestId(`rating-${question}`).getByLabel('4', { exact: true }).check();
  await page.getByTestId('evaluation-submit').click();
  await expect(page.getByText(text('sr-Cyrl', 'evaluate', 'thanks'))).toBeVisible();
  await expect(page.getByText(text('sr-Cyrl', 'past', 'evaluated')).first()).toBeVisible();
  await chooseLanguage(page, original);
});

test('the platform administrator revokes a certificate, and the public check says so', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const employee = await browser.newPage();
  await login(employee, 'employee@novi-pazar.example');
  const own = (await (await employee.request.get('/api/v1/certificates?mine=true')).json()) as {
    items: Array<{ code: string }>;
  };
  const kept = new Set(own.items.map((c) => c.code));

  // A page of its own context: the accessibility check needs one.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const original = await signIn(admin, 'admin@kadar.example', 'sr-Cyrl');
  const all = (await (await admin.request.get('/api/v1/certificates?limit=200')).json()) as {
    items: Array<{ code: string; employeeId: string; status: string; organisationId: string }>;
  };
  // Someone else's: the demo employee's certificate stays valid for the other checks.
  const target = all.items.find((c) => c.status === 'valid' && !kept.has(c.code));
  expect(target).toBeDefined();
  if (!target) return;

  await admin.goto(`/employees/${target.employeeId}`);
  const row = admin.getByTestId('file-certificate').filter({ hasText: target.code });
  await row.getByTestId('certificate-revoke').click();
  await lookAtDialog(admin, 'sr-Cyrl', 'certificate-revoke');
  await admin.getByTestId('reason-text').fill('Грешком издат: полазник није испунио услов присуства.');
  await admin.getByTestId('reason-submit').click();
  await expect(row.getByTestId('certificate-status')).toHaveText(text('sr-Cyrl', 'certificate', 'revoked'));
  await expect(row.getByTestId('certificate-revoke')).toHaveCount(0);
  await chooseLanguage(admin, original);
  await adminContext.close();

  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto('/verify');
  await chooseLanguage(anonymous, 'sr-Cyrl');
  await lookAtPage(anonymous, 'sr-Cyrl', 'verify-certificate-revoked', `/verify/${target.code}`);
  await expect(anonymous.getByTestId('verification-revoked')).toBeVisible();
  await visitor.close();
});

test('a participant scans the day’s QR code, signs in and is checked in', async ({ browser }) => {
  test.setTimeout(120_000);
  const day = new Date().toISOString().slice(0, 10); // the server counts calendar days in UTC
  const employee = await browser.newPage();
  await login(employee, 'employee@novi-pazar.example');
  const mine = await (await employee.request.get('/api/v1/enrolments?mine=participant&limit=1')).json();
  const employeeId = mine.items[0].employeeId as string;
  await employee.close();

  // The HR office runs a one-day session today and enrols the demo employee.
  const hr = await browser.newPage();
  await login(hr, 'hr@novi-pazar.example');
  const me = await (await hr.request.get('/api/v1/me')).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  const programmes = await (await hr.request.get('/api/v1/programmes?country=RS&limit=1')).json();
  const session = await (
    await hr.request.post('/api/v1/sessions', {
      headers,
      data: {
        programmeId: programmes.items[0].id,
        organiserId: me.memberships[0].organisationId,
        status: 'scheduled',
        mode: 'in_person',
        venue: 'Градска управа, сала 2',
        days: [{ date: day, startsAt: '09:00', endsAt: '15:00' }],
        capacity: 10,
        registrationOpens: day,
        registrationCloses: day,
        cancelUntil: day,
        requiresApproval: false,
      },
    })
  ).json();
  expect(
    (
      await hr.request.post('/api/v1/enrolments', {
        headers,
        data: { sessionId: session.id, employeeIds: [employeeId] },
      })
    ).status(),
  ).toBe(201);
  const code = await (
    await hr.request.get(`/api/v1/sessions/${session.id}/days/${session.days[0].id}/check-in`)
  ).json();
  await hr.close();

  // Scanned on a phone that is not signed in: the login page first, then back to the check-in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(`/check-in/${code.token}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await chooseLanguage(page, 'sr-Cyrl');
  await page.getByTestId('login-email').fill('employee@novi-pazar.example');
  await page.getByTestId('login-password').fill('kadar-demo-2026');
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(new RegExp(`/check-in/${code.token}$`));
  await expect(page.getByTestId('check-in-done')).toBeVisible();
  await expect(page.getByTestId('check-in-done')).toContainText(text('sr-Cyrl', 'checkIn', 'done'));
  await page.screenshot({ path: 'e2e/screenshots/sr-Cyrl/check-in-done.png', fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
  const register = await (
    await page.request.get(`/api/v1/enrolments?mine=participant&sessionId=${session.id}`)
  ).json();
  expect(register.items[0].attendedDays).toBe(1);
  await phone.close();
});
