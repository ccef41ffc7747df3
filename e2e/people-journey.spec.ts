import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { completeNationalId } from '../contracts/national-id';
import { login } from './support';

/** The Serbian Cyrillic texts the HR officer reads, straight from the translations. */
const sr = (ns: string) => JSON.parse(readFileSync(`locales/sr-Cyrl/${ns}.json`, 'utf8'));
const imp = sr('import');
const plans = sr('hr-plans');
const fieldErrors = sr('errors').field as Record<string, string>;

const families = [
  'Петровић',
  'Јовановић',
  'Николић',
  'Марковић',
  'Ђорђевић',
  'Стојановић',
  'Илић',
  'Павловић',
];
const givens = ['Милица', 'Јелена', 'Марко', 'Никола', 'Ана', 'Стефан', 'Ивана', 'Лука', 'Тијана', 'Душан'];

/** A valid JMBG no demo person has (region 77, serials above the seed's), unique for i < 1,000. */
function jmbg(i: number): string {
  const body = `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${960 + (i % 40)}77${String(500 + (i % 500)).padStart(3, '0')}`;
  return completeNationalId('jmbg', body) as string;
}

type Cell = string | null;
const headers = ['Презиме', 'Име', 'ЈМБГ', 'Датум рођења', 'Организациона јединица'];

async function spreadsheet(rows: Cell[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Запослени');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-drop-zone').locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: imp.file.upload }).click();
}

test('the HR officer imports the Excel list, fixes its errors, finds a person in the other script, and adopts the HR plan', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'hr@valjevo.example');
  const me = await (await page.request.get('/api/v1/me')).json();
  const organisationId = me.memberships[0].organisationId as string;
  const units = (await (await page.request.get(`/api/v1/org-units?organisationId=${organisationId}`)).json())
    .items as Array<{ name: string }>;
  const unit = (units[1] ?? units[0])?.name ?? null;

  // 500 people, the first one with a name no demo person has; rows 11, 201 and 402 of the sheet are wrong.
  const good = (i: number): Cell[] =>
    i === 0
      ? ['Шапоњић', 'Љиљана', jmbg(0), null, unit]
      : [families[i % families.length] as string, givens[i % givens.length] as string, jmbg(i), null, unit];
  const rows = Array.from({ length: 500 }, (_, i) => good(i));
  const badChecksum = `${jmbg(9).slice(0, 12)}${(Number(jmbg(9).at(-1)) + 1) % 10}`;
  rows[9] = ['Илић', 'Вера', badChecksum, null, unit];
  rows[199] = ['Илић', 'Зоран', jmbg(199), '31.02.2020', unit];
  rows[400] = ['Илић', 'Мира', jmbg(400), null, 'Одељење које не постоји'];

  await page.goto('/employees/import');
  await chooseFile(page, 'zaposleni.xlsx', await spreadsheet(rows));
  await expect(page.getByTestId('mapping-nationalId')).toBeVisible();
  await page.getByRole('button', { name: imp.mapping.check }).click();
  await expect(page.getByTestId('preview-rows')).toContainText('500');
  await expect(page.getByTestId('preview-errors')).toContainText('3');
  const table = page.getByTestId('import-errors');
  for (const code of ['national_id_checksum', 'invalid_date', 'unknown_unit'])
    await expect(table).toContainText(fieldErrors[code] as string);
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);

  // Nothing was imported while the file had errors.
  const before = await (await page.request.get('/api/v1/employees?q=saponjic')).json();
  expect(before.items).toEqual([]);

  rows[9] = ['Илић', 'Вера', jmbg(9), null, unit];
  rows[199] = ['Илић', 'Зоран', jmbg(199), null, unit];
  rows[400] = ['Илић', 'Мира', jmbg(400), null, unit];
  await page.getByRole('button', { name: imp.preview.correctedFile }).click();
  await chooseFile(page, 'zaposleni-ispravljeno.xlsx', await spreadsheet(rows));
  await page.getByRole('button', { name: imp.mapping.check }).click();
  await expect(page.getByTestId('preview-errors')).toContainText('0');
  await expect(page.getByTestId('preview-creates')).toContainText('500');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('result-created')).toContainText('500');

  // The directory finds her typed in Latin without diacritics; the file opens in Cyrillic.
  await page.goto('/employees');
  await page.getByRole('searchbox').fill('saponjic');
  const row = page.getByRole('link', { name: /Шапоњић/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Шапоњић');
  await expect(page.getByText(jmbg(0))).toBeVisible();

  // Next year's HR plan from the act in force and today's staff, adopted with its act number.
  const year = new Date().getFullYear() + 1;
  await page.goto('/hr-plans');
  await page.getByTestId('hr-plan-year').fill(String(year));
  await page.getByRole('button', { name: plans.list.generate.replace('{{year}}', String(year)) }).click();
  await expect(page).toHaveURL(/\/hr-plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('hr-plan-lines')).toBeVisible();
  await page.getByRole('button', { name: plans.adopt.action, exact: true }).click();
  await page.getByRole('dialog').getByLabel(plans.fields.actNumber).fill('112-14/2026');
  await page.getByRole('button', { name: plans.adopt.confirm }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(plans.status.adopted, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('112-14/2026')).toBeVisible();
});
