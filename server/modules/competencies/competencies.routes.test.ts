import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type { Competency } from '../../../contracts/competencies';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let np: string;
let kraljevo: string;
const c: Record<string, Client> = {};

const special = {
  countryCode: 'RS',
  code: 'urbanism_permits',
  kind: 'special_functional',
  name: 'Поступак издавања грађевинских дозвола',
  nameEn: 'Building permit procedure',
  groups: ['executive', 'manager'],
  field: 'Урбанизам',
  indicators: [
    {
      group: 'executive',
      name: 'Води обједињену процедуру у законским роковима',
      nameEn: 'Runs the single procedure on time',
    },
  ],
};

beforeAll(async () => {
  t = await startTestApp();
  np = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const ministry = await t.org({ name: 'Министарство', nameLatin: 'Ministarstvo', kind: 'national_body' });
  const ministryBg = await t.org({ name: 'Министерство', country: 'BG', kind: 'national_body' });
  const accounts = {
    hr: { email: 'hr@np.example', role: 'hr_officer', organisationId: np },
    hrKv: { email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo },
    emp: { email: 'emp@np.example', role: 'employee', organisationId: np },
    nat: { email: 'nat@rs.example', role: 'national_admin', organisationId: ministry },
    natBg: { email: 'nat@bg.example', role: 'national_admin', organisationId: ministryBg },
  } as const;
  for (const [key, account] of Object.entries(accounts)) {
    await t.user(account);
    c[key] = await t.login(account.email);
  }
});
afterAll(() => t.close());

const list = async (reader: Client, query: string) => {
  const res = await reader.get(`/api/v1/competencies?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Competency[];
};

describe('the country framework', () => {
  it('lists the decree’s competencies, behavioural first, to anyone in the country', async () => {
    const items = await list(c.emp as Client, `organisationId=${np}`);
    expect(items.filter((x) => x.kind === 'behavioural').map((x) => x.code)).toEqual([
      'rs_b1_information',
      'rs_b2_results',
      'rs_b3_learning',
      'rs_b4_relations',
      'rs_b5_integrity',
      'rs_b6_people',
      'rs_b7_strategy',
    ]);
    expect(items.find((x) => x.code === 'rs_b6_people')?.groups).toEqual(['manager', 'senior']);
    expect((await list(c.nat as Client, 'countryCode=BG')).every((x) => x.kind === 'core')).toBe(true);
    const noCountry = await c.nat?.get('/api/v1/competencies');
    expect(noCountry?.json().errors[0]).toMatchObject({ field: 'countryCode', code: 'required' });
  });

  it('lets a national administrator of the country edit it, and nobody else', async () => {
    const b1 = (await list(c.nat as Client, 'countryCode=RS')).find(
      (x) => x.code === 'rs_b1_information',
    ) as Competency;
    const indicators = [
      ...b1.indicators,
      { group: 'executive', name: 'Чува поверљиве податке', nameEn: 'Keeps confidential data safe' },
    ];
    expect((await c.hr?.patch(`/api/v1/competencies/${b1.id}`, { indicators }))?.statusCode).toBe(403);
    expect((await c.natBg?.patch(`/api/v1/competencies/${b1.id}`, { indicators }))?.statusCode).toBe(403);
    const wrongGroup = await c.nat?.patch(`/api/v1/competencies/${b1.id}`, {
      groups: ['senior'],
    });
    expect(wrongGroup?.json().errors[0]).toMatchObject({
      field: 'indicators.0.group',
      code: 'not_in_groups',
    });
    const res = await c.nat?.patch(`/api/v1/competencies/${b1.id}`, { indicators });
    expect(res?.statusCode, res?.body).toBe(200);
    // The Latin form follows the Cyrillic when the editor leaves it out.
    expect((res as { json(): Competency }).json().indicators.at(-1)).toMatchObject({
      nameLatin: 'Čuva poverljive podatke',
    });
  });
});

describe('a municipality’s special functional competencies', () => {
  let id: string;
  it('are added by its HR officer, for its fields of work only', async () => {
    const behavioural = await c.hr?.post('/api/v1/competencies', {
      ...special,
      organisationId: np,
      kind: 'behavioural',
    });
    expect(behavioural?.json().errors[0]).toMatchObject({ field: 'kind', code: 'municipal_kind' });
    expect((await c.hr?.post('/api/v1/competencies', { ...special, organisationId: null }))?.statusCode).toBe(
      403,
    );
    expect((await c.hrKv?.post('/api/v1/competencies', { ...special, organisationId: np }))?.statusCode).toBe(
      404,
    );
    expect((await c.emp?.post('/api/v1/competencies', { ...special, organisationId: np }))?.statusCode).toBe(
      403,
    );
    const res = await c.hr?.post('/api/v1/competencies', { ...special, organisationId: np });
    expect(res?.statusCode, res?.body).toBe(201);
    id = res?.json().id;
    expect(res?.json()).toMatchObject({
      nameLatin: 'Postupak izdavanja građevinskih dozvola',
      organisationId: np,
    });
    const again = await c.hr?.post('/api/v1/competencies', { ...special, organisationId: np });
    expect(again?.statusCode).toBe(409);
    expect(again?.json().code).toBe('competency_code_taken');
  });

  it('stay invisible to other municipalities', async () => {
    expect((await list(c.hr as Client, `organisationId=${np}`)).some((x) => x.id === id)).toBe(true);
    expect((await list(c.hrKv as Client, `organisationId=${kraljevo}`)).some((x) => x.id === id)).toBe(false);
    expect((await c.hrKv?.get(`/api/v1/competencies?organisationId=${np}`))?.statusCode).toBe(404);
    expect((await c.hrKv?.patch(`/api/v1/competencies/${id}`, { name: 'Туђа' }))?.statusCode).toBe(404);
  });

  it('can be required by a job, with a level; another municipality’s cannot', async () => {
    const act = (
      await c.hr?.post('/api/v1/systematisations', { organisationId: np, number: '2/2026' })
    )?.json();
    const unit = await t.unit(np, 'Одељење за урбанизам');
    const job = {
      systematisationId: act.id,
      orgUnitId: unit.id,
      name: 'Урбаниста',
      category: 'official',
      titleCode: 'savetnik',
      requiredCompetencies: [{ competencyId: id, level: 4 }],
    };
    const res = await c.hr?.post('/api/v1/positions', job);
    expect(res?.statusCode, res?.body).toBe(201);
    expect(res?.json().requiredCompetencies).toEqual([{ competencyId: id, level: 4 }]);
    const foreign = (await list(c.natBg as Client, 'countryCode=BG'))[0] as Competency;
    const bad = await c.hr?.patch(`/api/v1/positions/${res?.json().id}`, {
      requiredCompetencies: [{ competencyId: foreign.id, level: 3 }],
    });
    expect(bad?.json().errors[0]).toMatchObject({
      field: 'requiredCompetencies.0.competencyId',
      code: 'unknown_competency',
    });
    const level = await c.hr?.patch(`/api/v1/positions/${res?.json().id}`, {
      requiredCompetencies: [{ competencyId: id, level: 6 }],
    });
    expect(level?.json().errors[0].field).toBe('requiredCompetencies.0.level');
  });
});

describe('appraisal rules', () => {
  let rules: AppraisalRules;
  it('are read by anyone and replaced by the country’s national administrator only', async () => {
    const res = await c.emp?.get('/api/v1/countries/RS/appraisal-rules');
    expect(res?.statusCode).toBe(200);
    rules = res?.json();
    expect(rules).toMatchObject({ appealDays: 8, minMonthsWorked: 6, higherIsBetter: true });
    const changed = { ...rules, appealDays: 15 };
    expect((await c.hr?.put('/api/v1/countries/RS/appraisal-rules', changed))?.statusCode).toBe(403);
    expect((await c.natBg?.put('/api/v1/countries/RS/appraisal-rules', changed))?.statusCode).toBe(403);
    const put = await c.nat?.put('/api/v1/countries/RS/appraisal-rules', changed);
    expect(put?.statusCode, put?.body).toBe(200);
    expect((await c.hr?.get('/api/v1/countries/RS/appraisal-rules'))?.json().appealDays).toBe(15);
  });

  it('refuse an inconsistent set, naming the field, and keep the old one', async () => {
    const weights = await c.nat?.put('/api/v1/countries/RS/appraisal-rules', {
      ...rules,
      weights: { goals: 0.7, competencies: 0.5 },
    });
    expect(weights?.statusCode).toBe(400);
    expect(weights?.json().errors[0].field).toBe('weights');
    const band = await c.nat?.put('/api/v1/countries/RS/appraisal-rules', {
      ...rules,
      bands: [...rules.bands, { minScore: 6, grade: 9 }],
    });
    expect(band?.json().errors[0].field).toBe('bands.5.grade');
    expect((await c.hr?.get('/api/v1/countries/RS/appraisal-rules'))?.json().appealDays).toBe(15);
  });
});
