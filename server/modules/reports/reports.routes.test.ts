import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeNationalId } from '../../../contracts/national-id';
import type { HeadcountReport, MovementsReport } from '../../../contracts/reports';
import { readSpreadsheet } from '../../platform/xlsx/spreadsheet';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let smolyan: string;
let ministry: string;
let taxes: string;
let urbanism: string;
let finance: string;
let hrNp: Client;
let hrKv: Client;
let national: Client;
let admin: Client;
let manager: Client;
let employee: Client;

const thisYear = new Date().getFullYear();
let serial = 0;

/** A valid JMBG of someone born on 1 January, `age` years ago: exactly that age today. */
function jmbg(age: number, gender: 'female' | 'male'): string {
  const year = String(thisYear - age);
  serial += 1;
  const body = `0101${year.slice(1)}71${String(serial + (gender === 'female' ? 500 : 0)).padStart(3, '0')}`;
  return completeNationalId('jmbg', body) as string;
}

type Person = {
  age: number;
  gender: 'female' | 'male';
  position: string;
  contractType?: 'permanent' | 'fixed_term' | 'trainee';
  startsOn: string;
  education?: string[];
};

async function hire(client: Client, organisationId: string, p: Person): Promise<string> {
  const res = await client.post('/api/v1/employees', {
    organisationId,
    givenName: 'Ана',
    familyName: `Тест ${serial}`,
    nationalId: jmbg(p.age, p.gender),
    education: (p.education ?? []).map((level) => ({ level, institution: 'Универзитет' })),
    employment: { positionId: p.position, contractType: p.contractType ?? 'permanent', startsOn: p.startsOn },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function adoptedAct(client: Client, organisationId: string, positions: Array<Record<string, unknown>>) {
  const v = (await client.post('/api/v1/systematisations', { organisationId, number: '1/2015' })).json();
  const ids: string[] = [];
  for (const p of positions)
    ids.push(
      (await client.post('/api/v1/positions', { systematisationId: v.id, executors: 10, ...p })).json().id,
    );
  const adopted = await client.post(`/api/v1/systematisations/${v.id}/adopt`, {
    actDate: '2015-01-01',
    validFrom: '2015-01-15',
  });
  expect(adopted.statusCode, adopted.body).toBe(200);
  return ids;
}

const inspectorOf = { code: '1', name: 'Порески инспектор', category: 'official', titleCode: 'savetnik' };
const clerkOf = { code: '2', name: 'Референт', category: 'official', titleCode: 'referent' };

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  smolyan = await t.org({ name: 'Смолян', nameLatin: 'Smolyan', country: 'BG' });
  ministry = await t.org({ name: 'Министарство', nameLatin: 'Ministarstvo', kind: 'national_body' });
  finance = (await t.unit(noviPazar, 'Одељење за финансије')).id;
  taxes = (await t.unit(noviPazar, 'Одсек за локалне приходе')).id;
  urbanism = (await t.unit(noviPazar, 'Одељење за урбанизам')).id;
  const kvUnit = (await t.unit(kraljevo, 'Општинска управа')).id;
  const smUnit = (await t.unit(smolyan, 'Дирекция')).id;
  const users: Array<[string, Parameters<TestApp['user']>[0]['role'], string]> = [
    ['hr@np.example', 'hr_officer', noviPazar],
    ['hr@kv.example', 'hr_officer', kraljevo],
    ['hr@sm.example', 'hr_officer', smolyan],
    ['national@rs.example', 'national_admin', ministry],
    ['admin@rs.example', 'platform_admin', ministry],
    ['mgr@np.example', 'manager', noviPazar],
    ['emp@np.example', 'employee', noviPazar],
  ];
  for (const [email, role, organisationId] of users) await t.user({ email, role, organisationId });
  let hrSm: Client;
  [hrNp, hrKv, hrSm, national, admin, manager, employee] = await Promise.all(users.map(([e]) => t.login(e)));

  const [inspector, clerk] = (await adoptedAct(hrNp, noviPazar, [
    { ...inspectorOf, orgUnitId: taxes },
    { ...clerkOf, orgUnitId: urbanism },
  ])) as [string, string];
  const people: Person[] = [
    {
      age: 25,
      gender: 'female',
      position: inspector,
      startsOn: '2020-03-01',
      education: ['secondary', 'bachelor'],
    },
    { age: 35, gender: 'male', position: inspector, startsOn: '2021-02-01', education: ['master'] },
    {
      age: 45,
      gender: 'female',
      position: clerk,
      contractType: 'fixed_term',
      startsOn: '2021-05-01',
      education: ['secondary'],
    },
    { age: 55, gender: 'female', position: clerk, startsOn: '2022-01-10' },
    {
      age: 62,
      gender: 'male',
      position: inspector,
      startsOn: '2019-06-01',
      education: ['bachelor', 'doctorate', 'master'],
    },
    {
      age: 29,
      gender: 'female',
      position: clerk,
      contractType: 'trainee',
      startsOn: '2023-09-01',
      education: ['primary'],
    },
  ];
  for (const p of people) await hire(hrNp, noviPazar, p);
  const leaver = await hire(hrNp, noviPazar, {
    age: 40,
    gender: 'male',
    position: clerk,
    startsOn: '2021-03-01',
  });
  const left = await hrNp.post(`/api/v1/employees/${leaver}/leave`, {
    leftOn: '2024-09-30',
    reason: 'other',
  });
  expect(left.statusCode, left.body).toBe(200);

  const [kvClerk] = (await adoptedAct(hrKv, kraljevo, [{ ...clerkOf, orgUnitId: kvUnit }])) as [string];
  for (const gender of ['female', 'female', 'male'] as const)
    await hire(hrKv, kraljevo, { age: 40, gender, position: kvClerk, startsOn: '2022-04-01' });

  const [smPosition] = (await adoptedAct(hrSm, smolyan, [
    {
      code: '1',
      name: 'Главен експерт',
      category: 'official',
      titleCode: 'glaven_ekspert',
      orgUnitId: smUnit,
    },
  ])) as [string];
  const egn = completeNationalId('egn', '850515123') as string;
  const sm = await hrSm.post('/api/v1/employees', {
    organisationId: smolyan,
    givenName: 'Мария',
    familyName: 'Петрова',
    nationalId: egn,
    employment: { positionId: smPosition, contractType: 'permanent', startsOn: '2020-01-01' },
  });
  expect(sm.statusCode, sm.body).toBe(201);
});
afterAll(() => t.close());

const headcount = async (client: Client, query: string) => {
  const res = await client.get(`/api/v1/reports/headcount?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as HeadcountReport;
};
const counts = (r: { rows: Array<{ key: string; count: number | null }> }) =>
  Object.fromEntries(r.rows.map((row) => [row.key, row.count]));

describe('headcount of a municipality, for its HR officer', () => {
  it('counts active employees by gender, exactly', async () => {
    const r = await headcount(hrNp, `organisationId=${noviPazar}&by=gender`);
    expect(r).toMatchObject({ scope: 'organisation', organisationId: noviPazar, suppressionThreshold: null });
    expect(counts(r)).toEqual({ female: 4, male: 2 });
    expect(r.total).toEqual({ count: 6, suppressed: false });
  });

  it('puts people in age bands computed on today’s date', async () => {
    const r = await headcount(hrNp, `organisationId=${noviPazar}&by=ageBand`);
    expect(r.rows.map((row) => [row.key, row.count])).toEqual([
      ['18-29', 2],
      ['30-39', 1],
      ['40-49', 1],
      ['50-59', 1],
      ['60+', 1],
    ]);
  });

  it('counts each person once, by the highest education entered', async () => {
    const r = await headcount(hrNp, `organisationId=${noviPazar}&by=education`);
    expect(counts(r)).toEqual({
      primary: 1,
      secondary: 1,
      post_secondary: 0,
      bachelor: 1,
      master: 1,
      doctorate: 1,
      unknown: 1,
    });
  });

  it('counts by contract type, category and title', async () => {
    const q = `organisationId=${noviPazar}&by=`;
    expect(counts(await headcount(hrNp, `${q}contractType`))).toEqual({
      permanent: 4,
      fixed_term: 1,
      trainee: 1,
    });
    expect(counts(await headcount(hrNp, `${q}category`))).toEqual({ senior: 0, official: 6, support: 0 });
    expect(counts(await headcount(hrNp, `${q}title`))).toEqual({ savetnik: 3, referent: 3 });
  });

  it('counts by current unit and sends the unit tree to name them', async () => {
    const r = await headcount(hrNp, `organisationId=${noviPazar}&by=unit`);
    expect(counts(r)).toEqual({ [taxes]: 3, [urbanism]: 3 });
    expect(r.units.map((u) => u.id).sort()).toEqual([finance, taxes, urbanism].sort());
  });

  it('shows a small municipality its own figures unsuppressed', async () => {
    const r = await headcount(hrKv, `organisationId=${kraljevo}&by=gender`);
    expect(counts(r)).toEqual({ female: 2, male: 1 });
    expect(r.total).toEqual({ count: 3, suppressed: false });
  });

  it('answers joiners by first-hire year and leavers by the year they left', async () => {
    const res = await hrNp.get(`/api/v1/reports/movements?organisationId=${noviPazar}&from=2019&to=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as MovementsReport;
    expect(counts(r.joiners)).toEqual({ 2019: 1, 2020: 1, 2021: 3, 2022: 1, 2023: 1, 2024: 0 });
    expect(counts(r.leavers)).toEqual({ 2019: 0, 2020: 0, 2021: 0, 2022: 0, 2023: 0, 2024: 1 });
    expect(r.joiners.total.count).toBe(7);
  });

  it('refuses a span that ends before it starts, and units across a whole country', async () => {
    const bad = await hrNp.get(`/api/v1/reports/movements?organisationId=${noviPazar}&from=2024&to=2020`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'to', code: 'before_from_year' });
    const units = await national.get('/api/v1/reports/headcount?by=unit');
    expect(units.statusCode).toBe(400);
    expect(units.json().errors[0]).toMatchObject({ field: 'by', code: 'needs_organisation' });
  });
});

describe('country-wide figures for a national body', () => {
  it('suppresses small cells and the total that would reveal them', async () => {
    const r = await headcount(national, 'by=organisation');
    expect(r).toMatchObject({
      scope: 'country',
      organisationId: null,
      countryCode: 'RS',
      suppressionThreshold: 5,
    });
    expect(r.rows).toEqual([
      { key: kraljevo, label: 'Kraljevo', count: null, suppressed: true },
      { key: noviPazar, label: 'Novi Pazar', count: 6, suppressed: false },
    ]);
    expect(r.total).toEqual({ count: null, suppressed: true });
  });

  it('sums the municipalities of its country only (Smolyan is in Bulgaria)', async () => {
    const r = await headcount(national, `organisationId=${ministry}&by=gender`);
    expect(r.scope).toBe('country');
    expect(r.rows).toEqual([
      { key: 'female', count: 6, suppressed: false },
      { key: 'male', count: null, suppressed: true },
    ]);
    expect(r.total.suppressed).toBe(true);
  });

  it('suppresses the figures of one small municipality', async () => {
    const r = await headcount(national, `organisationId=${kraljevo}&by=contractType`);
    expect(counts(r)).toEqual({ permanent: null, fixed_term: 0, trainee: 0 });
    expect(r.total).toEqual({ count: null, suppressed: true });
  });

  it('suppresses movements too', async () => {
    const res = await national.get('/api/v1/reports/movements?from=2020&to=2022');
    const r = res.json() as MovementsReport;
    // Three hidden cells of 1 to 4 people summing to 8: the total reveals none of them.
    expect(counts(r.joiners)).toEqual({ 2020: null, 2021: null, 2022: null });
    expect(r.joiners.total).toEqual({ count: 8, suppressed: false });
  });

  it('gives a platform administrator exact country figures', async () => {
    const r = await headcount(admin, 'country=RS&by=organisation');
    expect(counts(r)).toEqual({ [kraljevo]: 3, [noviPazar]: 6 });
    expect(r.suppressionThreshold).toBeNull();
  });

  it('exports XLSX with translated headers and "< 5" in suppressed cells', async () => {
    const res = await national.get('/api/v1/reports/headcount.xlsx?by=organisation');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('kadar-headcount.xlsx');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 10 });
    expect(sheet.headers).toEqual(['Municipality', 'People']);
    expect(sheet.rows.slice(0, 3)).toEqual([
      ['Kraljevo', '< 5'],
      ['Novi Pazar', 6],
      ['Total', '< 5'],
    ]);
  });
});

describe('spreadsheets in the reader’s language', () => {
  it('names the values of a headcount', async () => {
    const hr = await t.login('hr@np.example', undefined, 'sr-Cyrl');
    const res = await hr.get(`/api/v1/reports/headcount.xlsx?organisationId=${noviPazar}&by=title`);
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 10 });
    expect(sheet.headers).toEqual(['Звање', 'Запослени']);
    expect(sheet.rows).toEqual([
      ['саветник', 3],
      ['референт', 3],
      ['Укупно', 6],
    ]);
  });

  it('lists joiners and leavers per year', async () => {
    const res = await hrNp.get(
      `/api/v1/reports/movements.xlsx?organisationId=${noviPazar}&from=2023&to=2024`,
    );
    expect(res.headers['content-disposition']).toContain('kadar-movements.xlsx');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 10 });
    expect(sheet.headers).toEqual(['Year', 'Joiners', 'Leavers']);
    expect(sheet.rows).toEqual([
      [2023, 1, 0],
      [2024, 0, 1],
      ['Total', 1, 1],
    ]);
  });
});

describe('access', () => {
  it.each([
    ['headcount?by=gender&organisationId='],
    ['headcount.xlsx?by=gender&organisationId='],
    ['movements?organisationId='],
    ['movements.xlsx?organisationId='],
  ])('answers 404 for another tenant (%s)', async (path) => {
    expect((await hrKv.get(`/api/v1/reports/${path}${noviPazar}`)).statusCode).toBe(404);
    expect((await national.get(`/api/v1/reports/${path}${smolyan}`)).statusCode).toBe(404);
  });

  it('answers 404 for a country out of reach', async () => {
    expect((await national.get('/api/v1/reports/headcount?by=gender&country=BG')).statusCode).toBe(404);
  });

  it('asks a municipality’s officer to name it', async () => {
    const res = await hrNp.get('/api/v1/reports/headcount?by=gender');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'organisationId', code: 'required' });
  });

  it.each([
    ['headcount?by=gender&organisationId='],
    ['headcount.xlsx?by=gender&organisationId='],
    ['movements?organisationId='],
    ['movements.xlsx?organisationId='],
  ])('refuses roles without reports.read with 403 (%s)', async (path) => {
    for (const client of [manager, employee])
      expect((await client.get(`/api/v1/reports/${path}${noviPazar}`)).statusCode).toBe(403);
  });
});
