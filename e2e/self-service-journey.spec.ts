import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseLanguage, login } from './support';

const people = JSON.parse(readFileSync('locales/sr-Cyrl/people.json', 'utf8'));
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

test('an employee asks to correct their phone number and the HR officer accepts it', async ({ browser }) => {
  const phone = '+381 64 123 4567';
  const employee = await browser.newPage();
  await login(employee, 'employee@novi-pazar.example');
  // Other journeys change these accounts' language; the texts below are Serbian Cyrillic.
  await chooseLanguage(employee, 'sr-Cyrl');
  // The employee reaches no directory: the list opens their own file.
  await employee.goto('/employees');
  await expect(employee).toHaveURL(/\/employees\/[0-9a-f-]{36}$/);
  const fileUrl = employee.url();
  await expect(employee.getByTestId('documents-upload')).toHaveCount(0);

  await employee.getByTestId('correction-ask').click();
  await employee.getByTestId('correction-field').selectOption('phone');
  await employee.getByTestId('correction-proposed').fill(phone);
  await employee.getByTestId('correction-message').fill('Променила сам број.');
  await employee.getByTestId('correction-submit').click();
  await expect(employee.getByTestId('correction-status').first()).toContainText(
    people.corrections.status.pending,
  );

  const download = employee.waitForEvent('download');
  await employee.getByTestId('personal-data-pdf').click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  const hr = await browser.newPage();
  await login(hr, 'hr@novi-pazar.example');
  await chooseLanguage(hr, 'sr-Cyrl');
  await hr.goto('/employees');
  await hr.getByTestId('corrections-pending').click();
  const drawer = hr.getByTestId('corrections-drawer');
  await expect(drawer).toContainText(phone);
  await drawer.getByTestId('correction-accept').first().click();
  await hr.getByTestId('correction-decision-submit').click();
  await expect(drawer).toContainText(people.corrections.pendingEmpty);

  // The file now holds the new number, and the employee sees the answer.
  await employee.goto(fileUrl);
  await expect(employee.getByText(phone).first()).toBeVisible();
  await expect(employee.getByTestId('correction-status').first()).toContainText(
    people.corrections.status.accepted,
  );

  // The HR officer keeps a document in the same file; the download is there for both.
  await hr.goto(fileUrl);
  await hr.getByTestId('documents-upload').click();
  await hr.getByTestId('documents-kind').selectOption('decision');
  await hr.getByTestId('documents-title').fill('Решење о распоређивању');
  await hr
    .getByTestId('documents-file')
    .setInputFiles({ name: 'resenje.pdf', mimeType: 'application/pdf', buffer: pdf });
  await hr.getByTestId('documents-upload-submit').click();
  await expect(hr.getByTestId('document-row')).toContainText('Решење о распоређивању');
  await employee.reload();
  await expect(employee.getByTestId('document-row')).toContainText('Решење о распоређивању');
});

test('a manager sees the people of their own department only', async ({ page }) => {
  await login(page, 'manager@novi-pazar.example');
  // Active people, as the directory shows by default.
  await page.goto('/employees');
  const rows = page.getByTestId('employee-row');
  await expect(rows.first()).toBeVisible();
  const me = await (await page.request.get('/api/v1/me')).json();
  const list = await (await page.request.get('/api/v1/employees?limit=200&status=active')).json();
  const units = new Set(list.items.map((e: { orgUnitId: string | null }) => e.orgUnitId));
  // Everyone listed works in the manager's department or below it, never elsewhere in the city.
  const tree = await (
    await page.request.get(`/api/v1/org-units?organisationId=${me.memberships[0].organisationId}`)
  ).json();
  const below = new Set<string>([me.memberships[0].orgUnitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of tree.items as Array<{ id: string; parentId: string | null }>)
      if (u.parentId && below.has(u.parentId) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
  }
  expect([...units].every((u) => u !== null && below.has(u as string))).toBe(true);
  expect(await rows.count()).toBe(Math.min(list.items.length, 50));
});
