import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Completion, Distribution, DistributionRow } from '../../../contracts/appraisal-reports';
import type { AppraisalStatus } from '../../../contracts/appraisals';
import { systemScope } from '../../db/tenancy';
import { findCountryPack } from '../../packs/packs';
import { readSpreadsheet } from '../../platform/xlsx/spreadsheet';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';
import { appraisalCycles, appraisals } from '../appraisals/appraisals.tables';
import { employees } from '../people/people.tables';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let smolyan: string;
let ministry: string;
let administrationId: string;
let finance: string;
let urbanism: string;
let cabinet: string;
let cycle2025: string;
let hrUser: string;
let hrNp: Client;
let hrKv: Client;
let national: Client;
let admin: Client;
let manager: Client;
let employee: Client;

type Grading = {
  grade?: number | null;
  status?: AppraisalStatus;
  kind?: 'regular' | 'extraordinary';
  dueOn?: string | null;
  rated?: boolean;
};

let serial = 0;

/** An official of `organisationId` with an appraisal in `cycleId`, inserted as the appraisal module would. */
async function appraise(
  organisationId: string,
  cycleId: string,
  year: number,
  unit: string | null,
  g: Grading,
) {
  await t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const [person] = await tx
      .insert(employees)
      .values({
        organisationId,
        givenName: 'Ана',
        familyName: `Тест ${serial}`,
        givenNameLatin: 'Ana',
        familyNameLatin: `Test ${serial}`,
        sortName: `Тест ${serial} Ана`,
        sortNameLatin: `Test ${serial} Ana`,
        nationalId: String(serial).padStart(13, '0'),
        education: [],
        exams: [],
        languages: [],
        orgUnitId: unit,
        search: `test ${serial}`,
      })
      .returning({ id: employees.id });
    await tx.insert(appraisals).values({
      organisationId,
      employeeId: (person as { id: string }).id,
      cycleId,
      year,
      kind: g.kind ?? 'regular',
      orgUnitId: unit,
      group: 'executive',
      raterUserId: g.rated === false ? null : hrUser,
      status: g.status ?? 'finalised',
      dueOn: g.dueOn ?? null,
      grade: g.grade ?? null,
    });
  });
}

async function cycle(organisationId: string, year: number, country: 'RS' | 'BG' = 'RS') {
  const rules = findCountryPack(country)?.appraisal;
  if (!rules) throw new Error(`no appraisal rules in the ${country} pack`);
  return t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx
      .insert(appraisalCycles)
      .values({
        organisationId,
        year,
        goalsDue: `${year}-01-31`,
        interimDue: `${year}-06-30`,
        finalDue: `${year}-12-31`,
        rules,
      })
      .returning({ id: appraisalCycles.id });
    return (row as { id: string }).id;
  });
}

/** Finalised regular appraisals with these grades. */
async function graded(
  organisationId: string,
  cycleId: string,
  year: number,
  unit: string | null,
  grades: number[],
) {
  for (const grade of grades) await appraise(organisationId, cycleId, year, unit, { grade });
}

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  smolyan = await t.org({ name: 'Смолян', nameLatin: 'Smolyan', country: 'BG' });
  ministry = await t.org({ name: 'Министарство', nameLatin: 'Ministarstvo', kind: 'national_body' });
  const kvUnit = (await t.unit(kraljevo, 'Општинска управа')).id;
  const users: Array<[string, Parameters<TestApp['user']>[0]['role'], string]> = [
    ['hr@np.example', 'hr_officer', noviPazar],
    ['hr@kv.example', 'hr_officer', kraljevo],
    ['national@rs.example', 'national_admin', ministry],
    ['admin@rs.example', 'platform_admin', ministry],
    ['mgr@np.example', 'manager', noviPazar],
    ['emp@np.example', 'employee', noviPazar],
  ];
  const ids = [];
  for (const [email, role, organisationId] of users) ids.push(await t.user({ email, role, organisationId }));
  hrUser = ids[0] as string;
  [hrNp, hrKv, national, admin, manager, employee] = await Promise.all(users.map(([e]) => t.login(e)));
  // The administration with its departments (Finance with a section), and the cabinet beside it.
  const unit = async (name: string, parentId: string | null = null) => {
    const res = await hrNp.post('/api/v1/org-units', { organisationId: noviPazar, name, parentId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  administrationId = await unit('Градска управа');
  finance = await unit('Одељење за финансије', administrationId);
  const taxes = await unit('Одсек за локалне приходе', finance);
  urbanism = await unit('Одељење за урбанизам', administrationId);
  cabinet = await unit('Кабинет');

  cycle2025 = await cycle(noviPazar, 2025);
  const y = 2025;
  // Finance and its section: 8 graded, 7 of them with a top grade (4 or 5).
  await graded(noviPazar, cycle2025, y, finance, [5, 5, 5, 5]);
  await appraise(noviPazar, cycle2025, y, taxes, { grade: 5, status: 'closed' });
  await appraise(noviPazar, cycle2025, y, taxes, { grade: 5 });
  await appraise(noviPazar, cycle2025, y, taxes, { grade: 4, status: 'appealed' });
  await appraise(noviPazar, cycle2025, y, taxes, { grade: 3 });
  // Not counted: rated but not decided yet (and overdue), and an extraordinary appraisal.
  await appraise(noviPazar, cycle2025, y, finance, { grade: 5, status: 'rated', dueOn: '2000-01-10' });
  await appraise(noviPazar, cycle2025, y, finance, { grade: 1, kind: 'extraordinary' });
  // Urbanism: 10 graded, one top grade; two overdue and one without a rater, still open.
  await graded(noviPazar, cycle2025, y, urbanism, [3, 3, 3, 3, 2, 2, 3, 4, 1, 3]);
  await appraise(noviPazar, cycle2025, y, urbanism, { status: 'active', dueOn: '2000-06-30' });
  await appraise(noviPazar, cycle2025, y, urbanism, { status: 'active', dueOn: '2000-06-30' });
  await appraise(noviPazar, cycle2025, y, urbanism, { status: 'draft', dueOn: '2999-01-31', rated: false });
  // Someone placed in the administration itself, not in a department, still at the first step.
  await appraise(noviPazar, cycle2025, y, administrationId, { status: 'active' });
  // The cabinet: everyone the same grade.
  await graded(noviPazar, cycle2025, y, cabinet, [3, 3, 3, 3, 3]);
  await graded(noviPazar, cycle2025, y, null, [2]);

  // Next year's cycle has only just opened.
  await appraise(noviPazar, await cycle(noviPazar, 2026), 2026, urbanism, { status: 'draft' });
  await graded(noviPazar, await cycle(noviPazar, 2024), 2024, urbanism, [5, 5, 4, 3, 3, 3]);
  await graded(noviPazar, await cycle(noviPazar, 2023), 2023, urbanism, [3, 3, 3]);
  await graded(kraljevo, await cycle(kraljevo, 2025), 2025, kvUnit, [3, 3, 4]);
  await graded(smolyan, await cycle(smolyan, 2025, 'BG'), 2025, null, [1]);
});
afterAll(() => t.close());

const distribution = async (client: Client, query: string) => {
  const res = await client.get(`/api/v1/appraisal-reports/distribution?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Distribution;
};

/** A row's figures by grade value. */
const counts = (row: Pick<DistributionRow, 'cells'>) =>
  Object.fromEntries(row.cells.map((c) => [c.grade, c.count]));
const rowOf = (r: Distribution, key: string) => r.rows.find((row) => row.key === key) as DistributionRow;

describe('grade distribution of a municipality, for its HR officer', () => {
  it('counts the grades in force per department, sections rolled up, exactly', async () => {
    const r = await distribution(hrNp, `organisationId=${noviPazar}&year=2025&by=unit`);
    expect(r).toMatchObject({
      scope: 'organisation',
      organisationId: noviPazar,
      suppressionThreshold: null,
      year: 2025,
      cycleId: cycle2025,
      years: [2026, 2025, 2024, 2023],
      topGrades: [4, 5],
    });
    expect(r.grades.map((g) => [g.value, g.nameEn])).toEqual([
      [1, 'Does not meet requirements'],
      [2, 'Good'],
      [3, 'Good'],
      [4, 'Outstanding'],
      [5, 'Outstanding'],
    ]);
    // Departments and the cabinet in tree order (by the name an English reader reads), then the
    // appraisals of nobody's unit; the administration has no row: nobody placed in it has a grade.
    expect(r.rows.map((row) => row.key)).toEqual([finance, urbanism, cabinet, 'unknown']);
    expect(r.rows.map((row) => row.label)).toEqual([
      'Odeljenje za finansije',
      'Odeljenje za urbanizam',
      'Kabinet',
      'No unit recorded',
    ]);
    expect(counts(rowOf(r, finance))).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 6 });
    expect(counts(rowOf(r, urbanism))).toEqual({ 1: 1, 2: 2, 3: 6, 4: 1, 5: 0 });
    expect(counts(rowOf(r, 'unknown'))).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(rowOf(r, finance).total).toEqual({ count: 8, suppressed: false });
    expect(counts(r.total)).toEqual({ 1: 1, 2: 3, 3: 12, 4: 2, 5: 6 });
    expect(r.total.total).toEqual({ count: 24, suppressed: false });
  });

  it('gives each grade its share of the row and flags skewed units', async () => {
    const r = await distribution(hrNp, `organisationId=${noviPazar}&year=2025&by=unit`);
    const fin = rowOf(r, finance);
    expect(fin.cells.find((c) => c.grade === 5)?.share).toBe(0.75);
    expect(fin.topShare).toBe(0.875);
    // 87.5 % of top grades against 8 of 24 (33 %) in the whole municipality.
    expect(fin).toMatchObject({ skewed: true, skewReason: 'top_share' });
    expect(rowOf(r, cabinet)).toMatchObject({ skewed: true, skewReason: 'uniform', topShare: 0 });
    expect(rowOf(r, urbanism)).toMatchObject({ skewed: false, skewReason: null, topShare: 0.1 });
    // One person: too few to call anything skewed.
    expect(rowOf(r, 'unknown')).toMatchObject({ skewed: false, skewReason: null });
    expect(r.total).toMatchObject({ key: 'total', label: 'Total', skewed: false });
  });

  it('totals the grades of the years before, oldest first', async () => {
    const r = await distribution(hrNp, `organisationId=${noviPazar}&year=2025&by=none`);
    expect(r.rows).toEqual([]);
    // Four years asked; none before the first cycle (2023).
    expect(r.compareYears.map((y) => [y.year, counts(y), y.total.count])).toEqual([
      [2023, { 1: 0, 2: 0, 3: 3, 4: 0, 5: 0 }, 3],
      [2024, { 1: 0, 2: 0, 3: 3, 4: 1, 5: 2 }, 6],
    ]);
    const one = await distribution(hrNp, `organisationId=${noviPazar}&year=2025&compareYears=1`);
    expect(one.compareYears.map((y) => y.year)).toEqual([2024]);
    const next = await distribution(hrNp, `organisationId=${noviPazar}&year=2026`);
    expect(next.compareYears.map((y) => y.year)).toEqual([2023, 2024, 2025]);
  });

  it('shows the newest year with decided grades unless asked', async () => {
    const r = await distribution(hrNp, `organisationId=${noviPazar}`);
    expect(r).toMatchObject({ year: 2025, by: 'none' });
    expect(r.total.total.count).toBe(24);
  });

  it('refuses units across a whole country', async () => {
    const res = await national.get('/api/v1/appraisal-reports/distribution?year=2025&by=unit');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'by', code: 'needs_organisation' });
  });
});

describe('country-wide grades for a national body', () => {
  it('suppresses cells of 1 to 4 people per municipality and keeps the others exact', async () => {
    const r = await distribution(national, 'year=2025&by=municipality');
    expect(r).toMatchObject({ scope: 'country', countryCode: 'RS', suppressionThreshold: 5, cycleId: null });
    expect(r.rows.map((row) => row.label)).toEqual(['Kraljevo', 'Novi Pazar']);
    const np = rowOf(r, noviPazar);
    expect(counts(np)).toEqual({ 1: null, 2: null, 3: 12, 4: null, 5: 6 });
    expect(np.cells.find((c) => c.grade === 2)).toMatchObject({ suppressed: true, share: null });
    expect(np.cells.find((c) => c.grade === 5)).toMatchObject({ suppressed: false, share: 0.25 });
    // Three hidden cells summing to 6: the total reveals none of them.
    expect(np.total).toEqual({ count: 24, suppressed: false });
    const kv = rowOf(r, kraljevo);
    expect(counts(kv)).toEqual({ 1: 0, 2: 0, 3: null, 4: null, 5: 0 });
    expect(kv.total).toEqual({ count: null, suppressed: true });
    expect(kv.topShare).toBeNull();
  });

  it('withholds a grade’s country total that would give away the one hidden cell in its column', async () => {
    const r = await distribution(national, 'year=2025&by=municipality');
    // Grade 3: Novi Pazar 12 published, Kraljevo 2 hidden: 14 would reveal the 2.
    expect(counts(r.total)).toEqual({ 1: null, 2: null, 3: null, 4: null, 5: 6 });
    expect(r.total.total).toEqual({ count: null, suppressed: true });
  });

  it('suppresses the units of one municipality and the earlier years too', async () => {
    const r = await distribution(national, `organisationId=${noviPazar}&year=2025&by=unit`);
    expect(r).toMatchObject({ scope: 'organisation', suppressionThreshold: 5 });
    expect(counts(rowOf(r, finance))).toEqual({ 1: 0, 2: 0, 3: null, 4: null, 5: 6 });
    expect(counts(rowOf(r, cabinet))).toEqual({ 1: 0, 2: 0, 3: 5, 4: 0, 5: 0 });
    const years = await distribution(national, `organisationId=${noviPazar}&year=2025`);
    expect(years.compareYears.map((y) => [y.year, y.total.count])).toEqual([
      [2023, null],
      [2024, 6],
    ]);
  });

  it('gives a platform administrator exact figures', async () => {
    const r = await distribution(admin, 'country=RS&year=2025&by=municipality');
    expect(counts(rowOf(r, kraljevo))).toEqual({ 1: 0, 2: 0, 3: 2, 4: 1, 5: 0 });
    expect(r.total.total.count).toBe(27);
    expect(r.suppressionThreshold).toBeNull();
  });
});

describe('completion of a cycle', () => {
  it('counts appraisals per unit and step, the overdue and those without a rater', async () => {
    const res = await hrNp.get(`/api/v1/appraisal-reports/completion?cycleId=${cycle2025}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as Completion;
    expect(r).toMatchObject({ cycleId: cycle2025, organisationId: noviPazar, year: 2025 });
    expect(r.rows.map((row) => [row.key, row.total, row.overdue, row.withoutRater])).toEqual([
      [administrationId, 1, 0, 0],
      [finance, 10, 1, 0],
      [urbanism, 13, 2, 1],
      [cabinet, 5, 0, 0],
      ['unknown', 1, 0, 0],
    ]);
    expect(r.rows.find((row) => row.key === finance)?.byStatus).toEqual({
      draft: 0,
      goals_proposed: 0,
      active: 0,
      rated: 1,
      acknowledged: 0,
      finalised: 7,
      appealed: 1,
      closed: 1,
    });
    expect(r.rows.find((row) => row.key === urbanism)?.byStatus).toMatchObject({ draft: 1, active: 2 });
    expect(r.total).toMatchObject({ total: 30, overdue: 3, withoutRater: 1 });
  });
});

describe('spreadsheet', () => {
  it('names the grades in Serbian Cyrillic', async () => {
    const hr = await t.login('hr@np.example', undefined, 'sr-Cyrl');
    const res = await hr.get(
      `/api/v1/appraisal-reports/distribution.xlsx?organisationId=${noviPazar}&year=2025&by=unit`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('kadar-appraisal-distribution.xlsx');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 20 });
    expect(sheet.headers).toEqual([
      'Организациона јединица',
      'не задовољава (1)',
      'добар (2)',
      'добар (3)',
      'истиче се (4)',
      'истиче се (5)',
      'Укупно',
      'Највише оцене, %',
      'Одступање',
    ]);
    expect(sheet.rows).toEqual([
      ['Одељење за урбанизам', 1, 2, 6, 1, 0, 10, 10, null],
      ['Одељење за финансије', 0, 0, 1, 1, 6, 8, 87.5, 'Много више највиших оцена него у целини'],
      ['Кабинет', 0, 0, 5, 0, 0, 5, 0, 'Сви имају исту оцену'],
      ['Без организационе јединице', 0, 1, 0, 0, 0, 1, 0, null],
      ['Укупно', 1, 3, 12, 2, 6, 24, 33.3, null],
    ]);
  });

  it('marks suppressed cells for a national reader', async () => {
    const res = await national.get('/api/v1/appraisal-reports/distribution.xlsx?year=2025&by=municipality');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 20 });
    expect(sheet.headers[0]).toBe('Municipality');
    expect(sheet.rows[1]?.slice(0, 7)).toEqual(['Novi Pazar', '< 5', '< 5', 12, '< 5', 6, 24]);
  });
});

describe('access', () => {
  const paths = [
    () => `distribution?year=2025&organisationId=${noviPazar}`,
    () => `distribution.xlsx?year=2025&organisationId=${noviPazar}`,
  ];

  it.each(paths)('answers 404 for another tenant (%#)', async (path) => {
    expect((await hrKv.get(`/api/v1/appraisal-reports/${path()}`)).statusCode).toBe(404);
    const foreign = path().replace(noviPazar, smolyan);
    expect((await national.get(`/api/v1/appraisal-reports/${foreign}`)).statusCode).toBe(404);
  });

  it('answers 404 for a country out of reach', async () => {
    expect((await national.get('/api/v1/appraisal-reports/distribution?country=BG')).statusCode).toBe(404);
  });

  it('keeps the completion of a cycle to those who reach the municipality', async () => {
    const path = `/api/v1/appraisal-reports/completion?cycleId=${cycle2025}`;
    expect((await hrKv.get(path)).statusCode).toBe(404);
    expect((await national.get(path)).statusCode).toBe(404);
    expect((await admin.get(path)).statusCode).toBe(200);
  });

  it.each([...paths, () => `completion?cycleId=${cycle2025}`])(
    'refuses roles without reports.read with 403 (%#)',
    async (path) => {
      for (const client of [manager, employee])
        expect((await client.get(`/api/v1/appraisal-reports/${path()}`)).statusCode).toBe(403);
    },
  );
});
