import { expect, type Page, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { chooseLanguage, type E2eLocale, login } from './support';

/**
 * The whole way of a training, across five people: the academy publishes a programme and a
 * one-day session for today with two seats; the Novi Pazar HR officer enrols three people (the
 * third waits); their manager approves; the trainer takes attendance; the academy closes the
 * session; the employee downloads the certificate; anyone checks it without signing in.
 */

type Listed = { id: string };

const stamp = Date.now().toString(36).toUpperCase();
const title = `Заштита података о личности у општини ${stamp}`;
const titleLatin = `Zaštita podataka o ličnosti u opštini ${stamp}`;

async function signIn(page: Page, email: string, locale: E2eLocale) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  await chooseLanguage(page, locale);
  return me.user.locale as E2eLocale;
}

/** A day `days` from today as typed in an English date field. */
function typedDay(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const nameOf = (e: { givenName: string; familyName: string }) => `${e.givenName} ${e.familyName}`;

test('a training from the catalogue to a verified certificate', async ({ browser }) => {
  test.setTimeout(240_000);
  const open = async () => (await browser.newContext()).newPage();

  // --- The academy publishes a programme and announces a session for today.
  const napa = await open();
  const napaLanguage = await signIn(napa, 'napa@kadar.example', 'en');
  await napa.goto('/programmes');
  await napa.getByTestId('programme-new').click();
  const form = napa.getByRole('dialog');
  await form.getByTestId('programme-code').fill(`JRN-${stamp}`);
  await form.getByTestId('programme-part').selectOption('general');
  await form.getByTestId('programme-topic-area').selectOption('lsg_system');
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await form
    .getByTestId('programme-summary')
    .fill('Обрада података о личности у општинској управи, по закону.');
  await form.getByTestId('programme-hours').fill('6');
  await form.getByTestId('programme-days').fill('1');
  await napa.getByTestId('programme-save').click();
  await expect(napa).toHaveURL(/\/programmes\/[0-9a-f-]{36}$/);
  await napa.getByTestId('programme-status-action').click();
  await napa.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await expect(napa.getByText('The programme is published')).toBeVisible();

  await napa.goto('/sessions');
  await napa.getByTestId('new-session').click();
  const session = napa.getByRole('dialog');
  await session.getByTestId('session-programme').fill(`JRN-${stamp}`);
  await napa.getByRole('option', { name: new RegExp(`^JRN-${stamp}`) }).click();
  await session.getByTestId('session-mode').selectOption('in_person');
  await session.getByTestId('session-venue').fill('Градска кућа Нови Пазар, сала 1');
  await session.getByTestId('session-day-date-0').fill(typedDay(0));
  await session.getByTestId('session-registration-opens').fill(typedDay(0));
  await session.getByTestId('session-registration-closes').fill(typedDay(0));
  await session.getByTestId('session-cancel-until').fill(typedDay(0));
  await session.getByTestId('session-capacity').fill('2');
  await session.getByTestId('session-trainers').click();
  await napa.getByRole('option', { name: /Зоран Николић|Zoran Nikolić/ }).click();
  await session.getByTestId('session-submit').click();
  await expect(napa).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(napa.url()).pathname;
  await expect(napa.getByTestId('session-status')).toHaveText('Announced');

  // --- The HR officer enrols three people: the employee first, two colleagues of their unit.
  const employee = await open();
  const employeeLanguage = await signIn(employee, 'employee@novi-pazar.example', 'sr-Cyrl');
  const [ownFile] = (await (await employee.request.get('/api/v1/me/personnel-files')).json()).items;
  const self = await (await employee.request.get(`/api/v1/employees/${ownFile.id}`)).json();
  const manager = await open();
  const managerLanguage = await signIn(manager, 'manager@novi-pazar.example', 'sr-Cyrl');
  const unit = (await (await manager.request.get('/api/v1/employees?limit=50&status=active')).json())
    .items as Listed[];
  const colleagues = unit.filter((p) => p.id !== ownFile.id).slice(0, 2);
  expect(colleagues).toHaveLength(2);
  const people = [
    self,
    ...(await Promise.all(
      colleagues.map(async (c) => (await manager.request.get(`/api/v1/employees/${c.id}`)).json()),
    )),
  ];

  const hr = await open();
  const hrLanguage = await signIn(hr, 'hr@novi-pazar.example', 'sr-Cyrl');
  await hr.goto(sessionPath);
  await hr.getByTestId('enrol-employees-open').click();
  const enrol = hr.getByRole('dialog');
  for (const person of people) {
    await enrol.getByTestId('enrol-employees').fill(person.familyName);
    // The picker lists people family name first.
    const option = new RegExp(`${person.familyName}.*${person.givenName}`);
    await hr.getByRole('option', { name: option, selected: false }).first().click();
  }
  await expect(enrol.getByTestId('enrol-submit')).toContainText('3');
  // Leave the search so its list closes (Escape would close the dialog).
  await hr.keyboard.press('Tab');
  await enrol.getByTestId('enrol-submit').click();
  const result = enrol.getByTestId('enrol-result');
  await expect(result).toBeVisible();
  await hr.screenshot({ path: 'e2e/screenshots/sr-Cyrl/journey-enrolled.png', fullPage: true });
  await enrol.getByTestId('enrol-close').click();
  const rows = hr.getByTestId('participant-row');
  await expect(rows).toHaveCount(3);
  const places = (
    await (await hr.request.get(`/api/v1/enrolments?sessionId=${sessionPath.split('/').at(-1)}`)).json()
  ).items as Array<{ employeeId: string; status: string; waitlistPosition: number | null }>;
  const statusOf = (id: string) => places.find((p) => p.employeeId === id);
  expect(statusOf(people[0].id)?.status).toBe('confirmed');
  expect(statusOf(people[1].id)?.status).toBe('confirmed');
  expect(statusOf(people[2].id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

  // --- The manager approves the employee's place.
  await manager.goto('/approvals/trainings');
  const mine = manager
    .getByTestId('pending-approval')
    .filter({ hasText: title })
    .filter({ hasText: nameOf(self) });
  await mine.getByTestId('approve').click();
  await expect(mine).toBeHidden();

  // --- The trainer marks the employee present.
  const trainer = await open();
  const trainerLanguage = await signIn(trainer, 'trainer@kadar.example', 'sr-Cyrl');
  await trainer.goto(`${sessionPath}?tab=attendance`);
  const row = trainer.getByTestId('attendance-row').filter({ hasText: nameOf(self) });
  await row.getByRole('checkbox').check();
  await trainer.getByTestId('attendance-save').click();
  await expect(row.getByRole('checkbox')).toBeChecked();
  await trainer.screenshot({ path: 'e2e/screenshots/sr-Cyrl/journey-attendance.png', fullPage: true });

  // --- The academy closes the session: the employee completes and gets a certificate.
  await napa.reload();
  await napa.getByTestId('session-complete').click();
  await napa.getByRole('dialog').getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(napa.getByTestId('session-status')).toHaveText('Completed');

  await employee.goto('/my-learning');
  const download = employee.waitForEvent('download');
  await employee
    .getByTestId('past-enrolment')
    .filter({ hasText: title })
    .getByTestId('certificate-download')
    .click();
  const pdf = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const document = await getDocumentProxy(new Uint8Array(await readFile(pdf)));
  const { text } = await extractText(document, { mergePages: true });
  const certificate = (
    await (await employee.request.get('/api/v1/certificates?mine=true&limit=200')).json()
  ).items.find((c: { sessionId: string }) => c.sessionId === sessionPath.split('/').at(-1));
  expect(certificate).toBeDefined();
  expect(text.replace(/\s+/g, ' ')).toContain(certificate.code);
  expect(text.replace(/\s+/g, ' ')).toContain(nameOf(self));

  // --- Anyone checks it, without signing in, at the address its QR code carries.
  const visitor = await open();
  await visitor.goto(`/verify/${certificate.code}`);
  await chooseLanguage(visitor, 'sr-Latn');
  const verification = visitor.getByTestId('verification');
  await expect(verification).toContainText(`${self.givenNameLatin} ${self.familyNameLatin}`);
  await expect(verification).toContainText(titleLatin);
  await visitor.screenshot({ path: 'e2e/screenshots/sr-Latn/journey-verified.png', fullPage: true });

  for (const [page, language] of [
    [napa, napaLanguage],
    [employee, employeeLanguage],
    [manager, managerLanguage],
    [hr, hrLanguage],
    [trainer, trainerLanguage],
  ] as const)
    await chooseLanguage(page, language);
});
