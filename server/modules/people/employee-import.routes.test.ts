import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeNationalId } from '../../../contracts/national-id';
import { readSpreadsheet, writeWorkbook } from '../../platform/xlsx/spreadsheet';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let hrNp: Client;
let hrNpSr: Client;
let hrKv: Client;
let employeeNp: Client;

const headers = [
  'Презиме',
  'Име',
  'ЈМБГ',
  'Организациона јединица',
  'Радно место (број или назив)',
  'Врста радног односа',
  'У радном односу од',
  'Телефон',
];

/** A valid, unique JMBG for person `i` (i < 20,000). */
function jmbg(i: number): string {
  const body = `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${960 + (i % 40)}${70 + Math.floor(i / 1000)}${String(i % 1000).padStart(3, '0')}`;
  return completeNationalId('jmbg', body) as string;
}

type Row = Array<string | number | Date | null>;
const person = (i: number): Row => [
  `Петровић${i}`,
  'Марија',
  jmbg(i),
  'Одсек за локалне приходе',
  '1',
  'неодређено',
  '01.03.2021',
  '060123456',
];

const xlsx = (rows: Row[]) => writeWorkbook([{ name: 'Запослени', headers, rows }]);

async function upload(client: Client, data: Buffer | string, name = 'zaposleni.xlsx', org = noviPazar) {
  return client.upload(`/api/v1/employees/import?organisationId=${org}`, { name, data });
}

async function uploaded(client: Client, rows: Row[]) {
  const res = await upload(client, await xlsx(rows));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; mapping: Record<string, string>; rowCount: number; sample: string[][] };
}

const count = async () => {
  let n = 0;
  let cursor = '';
  do {
    const page = (await hrNp.get(`/api/v1/employees?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json();
    n += page.items.length;
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return n;
};

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const finance = await t.unit(noviPazar, 'Одељење за финансије');
  const taxes = await t.unit(noviPazar, 'Одсек за локалне приходе', finance.path);
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  await t.user({ email: 'emp@np.example', role: 'employee', organisationId: noviPazar });
  [hrNp, hrKv, employeeNp] = await Promise.all(
    ['hr@np.example', 'hr@kv.example', 'emp@np.example'].map((e) => t.login(e)),
  );
  hrNpSr = await t.login('hr@np.example', undefined, 'sr-Cyrl');
  const act = (
    await hrNp.post('/api/v1/systematisations', { organisationId: noviPazar, number: '1/2021' })
  ).json();
  for (const [code, name] of [
    ['1', 'Порески инспектор'],
    ['2', 'Референт'],
  ])
    await hrNp.post('/api/v1/positions', {
      systematisationId: act.id,
      orgUnitId: taxes.id,
      code,
      name,
      category: 'official',
      titleCode: 'referent',
      executors: 999,
    });
  await hrNp.post(`/api/v1/systematisations/${act.id}/adopt`, {
    actDate: '2021-01-01',
    validFrom: '2021-01-01',
  });
});
afterAll(() => t.close());

describe('employee import', () => {
  it('guesses the mapping from headers in any language and shows a sample', async () => {
    const up = await uploaded(hrNp, [person(1)]);
    expect(up.rowCount).toBe(1);
    expect(up.mapping).toMatchObject({
      familyName: 'Презиме',
      givenName: 'Име',
      nationalId: 'ЈМБГ',
      position: 'Радно место (број или назив)',
      startsOn: 'У радном односу од',
    });
    expect(up.sample[0]?.[2]).toBe(jmbg(1));
  });

  it('lists every row error in the reader’s language and refuses the whole file', async () => {
    const bad: Row[] = [
      person(10),
      ['Јовић', 'Пера', '0101990710007', 'Одсек за локалне приходе', '1', 'неодређено', '01.03.2021', null],
      ['Јовић', 'Мика', jmbg(11), 'Одсек за локалне приходе', '1', 'неодређено', '31.02.2020', null],
      ['Јовић', 'Лаза', jmbg(12), 'Непостојеће одељење', '1', 'неодређено', '01.03.2021', null],
      ['Јовић', 'Жика', jmbg(10), 'Одсек за локалне приходе', '1', 'неодређено', '01.03.2021', null],
      ['Јовић', 'Тома', jmbg(13), 'Одсек за локалне приходе', '1', 'неодређено', 44000, '=HYPERLINK("x")'],
      ['Јовић', 'Сава', jmbg(14), 'Одсек за локалне приходе', '99', 'на пробу', '01.03.2021', null],
    ];
    const up = await uploaded(hrNpSr, bad);
    const preview = (
      await hrNpSr.post(`/api/v1/employees/import/${up.id}/preview`, { mapping: up.mapping })
    ).json();
    expect(
      preview.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [3, 'nationalId', 'national_id_checksum'],
      [4, 'startsOn', 'invalid_date'],
      [5, 'orgUnit', 'unknown_unit'],
      [6, 'nationalId', 'duplicate_in_file'],
      [7, 'phone', 'formula_cell'],
      [7, 'startsOn', 'invalid_type'],
      [8, 'position', 'unknown_position'],
      [8, 'contractType', 'invalid_value'],
    ]);
    expect(preview.errors[0]).toMatchObject({
      column: 'ЈМБГ',
      message: expect.stringContaining('Контролна цифра'),
    });
    expect(preview.errors[3].message).toContain('2');
    const before = await count();
    const refused = await hrNpSr.post(`/api/v1/employees/import/${up.id}/confirm`, { mapping: up.mapping });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'import_has_errors' });
    expect(refused.json().errors[0]).toMatchObject({
      field: 'rows.3.nationalId',
      code: 'national_id_checksum',
    });
    expect(await count()).toBe(before);
  });

  it('imports nothing from 10,000 rows when row 9,999 is bad, and all of them once it is fixed', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => person(100 + i));
    (rows[9_997] as Row)[2] = '1234567890123';
    const before = await count();
    const up = await uploaded(hrNp, rows);
    const refused = await hrNp.post(`/api/v1/employees/import/${up.id}/confirm`, { mapping: up.mapping });
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'rows.9999.nationalId' })]);
    expect(await count()).toBe(before);

    (rows[9_997] as Row)[2] = jmbg(100 + 9_997);
    const fixed = await uploaded(hrNp, rows);
    const preview = (
      await hrNp.post(`/api/v1/employees/import/${fixed.id}/preview`, { mapping: fixed.mapping })
    ).json();
    expect(preview).toMatchObject({ rowCount: 10_000, creates: 10_000, updates: 0, errorCount: 0 });
    const done = await hrNp.post(`/api/v1/employees/import/${fixed.id}/confirm`, { mapping: fixed.mapping });
    expect(done.json()).toEqual({ created: 10_000, updated: 0, employments: 10_000 });
    expect(await count()).toBe(before + 10_000);
    const again = await hrNp.post(`/api/v1/employees/import/${fixed.id}/confirm`, { mapping: fixed.mapping });
    expect(again.statusCode).toBe(409);
  });

  it('updates known people by national ID without rewriting their employment, and remembers the mapping', async () => {
    const first = await uploaded(hrNp, [person(20_000 - 1)]);
    const custom = { ...first.mapping, phone: 'Телефон' };
    await hrNp.post(`/api/v1/employees/import/${first.id}/confirm`, { mapping: custom });
    const changed = person(20_000 - 1);
    changed[7] = '011999888';
    changed[4] = '2';
    const second = await uploaded(hrNp, [changed]);
    expect(second.mapping).toEqual(custom);
    const result = (
      await hrNp.post(`/api/v1/employees/import/${second.id}/confirm`, { mapping: second.mapping })
    ).json();
    expect(result).toEqual({ created: 0, updated: 1, employments: 0 });
    const [found] = (await hrNp.get(`/api/v1/employees?q=${jmbg(20_000 - 1)}`)).json().items;
    const file = (await hrNp.get(`/api/v1/employees/${found.id}`)).json();
    expect(file).toMatchObject({ phone: '011999888', familyNameLatin: `Petrović${20_000 - 1}` });
    expect(file.employments).toHaveLength(1);
    expect(file.positionName).toBe('Порески инспектор');
  });

  it('reads a semicolon CSV and restores the zeros Excel drops from a numeric ID', async () => {
    const csv = `\uFEFFПрезиме;Име;ЈМБГ\nНиколић;Ана;${jmbg(5)}\n`;
    const up = (await upload(hrNp, csv, 'lista.csv')).json();
    expect(up.sample).toEqual([['Николић', 'Ана', jmbg(5)]]);
    const zero = jmbg(3).startsWith('0') ? jmbg(3) : jmbg(1);
    const numeric = await writeWorkbook([
      { name: 'S', headers: ['Презиме', 'Име', 'ЈМБГ'], rows: [['Илић', 'Ива', Number(zero)]] },
    ]);
    const up2 = (await upload(hrNp, numeric)).json();
    const preview = (
      await hrNp.post(`/api/v1/employees/import/${up2.id}/preview`, { mapping: up2.mapping })
    ).json();
    expect(preview).toMatchObject({ errorCount: 0, creates: 1 });
  });

  it('refuses what is not a spreadsheet, a missing file and an oversized one', async () => {
    const pdf = await upload(
      hrNp,
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0xfe, 0x00, 0x01]),
      'cv.pdf',
    );
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().errors[0]).toMatchObject({ field: 'file', code: 'unreadable_spreadsheet' });
    const none = await hrNp.post(`/api/v1/employees/import?organisationId=${noviPazar}`, {});
    expect(none.json().errors[0]).toMatchObject({ field: 'file', code: 'required' });
    const huge = await upload(hrNp, Buffer.alloc(11 * 1_048_576, 'a'), 'huge.csv');
    expect(huge.statusCode).toBe(413);
  });

  it('gives a template with the headers in the reader’s language and the positions in force', async () => {
    const res = await hrNpSr.get(`/api/v1/employees/import/template?organisationId=${noviPazar}`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 10, maxColumns: 30 });
    expect(sheet.headers.slice(0, 3)).toEqual(['Презиме', 'Име', 'Презиме (латиницом)']);
  });

  it('keeps imports within the municipality and the HR role', async () => {
    const up = await uploaded(hrNp, [person(7)]);
    expect(
      (await hrKv.post(`/api/v1/employees/import/${up.id}/preview`, { mapping: up.mapping })).statusCode,
    ).toBe(404);
    expect(
      (await hrKv.post(`/api/v1/employees/import/${up.id}/confirm`, { mapping: up.mapping })).statusCode,
    ).toBe(404);
    expect((await upload(hrKv, await xlsx([person(8)]))).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/employees/import/template?organisationId=${noviPazar}`)).statusCode).toBe(
      404,
    );
    expect((await upload(employeeNp, await xlsx([person(8)]))).statusCode).toBe(403);
    expect(
      (await employeeNp.post(`/api/v1/employees/import/${up.id}/confirm`, { mapping: up.mapping }))
        .statusCode,
    ).toBe(403);
  });
});
