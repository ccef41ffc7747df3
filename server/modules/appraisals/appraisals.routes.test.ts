import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appraisal, AppraisalCycle, AppraisalSummary } from '../../../contracts/appraisals';
import type { Competency } from '../../../contracts/competencies';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { createTranslator } from '../../platform/i18n/i18n';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { createMailer } from '../../platform/mail/mailer';
import { pdfText } from '../../test/pdf-text';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';
import { createAppraisalCyclesService } from './appraisal-cycles.service';
import { appraisals } from './appraisals.tables';

let t: TestApp;
let np: string;
let gabrovo: string;
const c: Record<string, Client> = {};
const people: Record<string, string> = {};
let cycle: AppraisalCycle;
let bgCycle: AppraisalCycle;
let digital: Competency;
const jobs = { urbanism: '' };

const year = new Date().getUTCFullYear();

/** A valid JMBG (RS) born 1 January 1990, told apart by its serial number. */
function jmbg(serial: number): string {
  const body = `0101990710${String(serial).padStart(2, '0')}`;
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const m = 11 - (weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11);
  return `${body}${m > 9 ? 0 : m}`;
}

/** A valid EGN (BG) born 1 January 1990. */
function egn(serial: number): string {
  const body = `900101${String(serial).padStart(3, '0')}`;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const m = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11;
  return `${body}${m === 10 ? 0 : m}`;
}

let serial = 0;
/** A person hired on `positionId`, linked to the account `userId` when given. */
async function hire(
  hr: Client,
  organisationId: string,
  positionId: string,
  startsOn: string,
  userId?: string,
) {
  serial += 1;
  const bg = organisationId === gabrovo;
  const res = await hr.post('/api/v1/employees', {
    organisationId,
    givenName: bg ? 'Иван' : 'Петар',
    familyName: `${bg ? 'Иванов' : 'Петровић'} ${serial}`,
    nationalId: bg ? egn(serial) : jmbg(serial),
    employment: { positionId, contractType: 'permanent', startsOn, endsOn: null },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  if (userId) expect((await hr.patch(`/api/v1/employees/${id}`, { userId })).statusCode).toBe(200);
  return id;
}

/** An adopted act with one position per unit given. */
async function act(
  hr: Client,
  organisationId: string,
  jobs: Array<{ unit: string; title: string; required?: unknown[] }>,
) {
  const draft = (await hr.post('/api/v1/systematisations', { organisationId, number: '1/2020' })).json();
  const ids: string[] = [];
  for (const [i, job] of jobs.entries()) {
    const res = await hr.post('/api/v1/positions', {
      systematisationId: draft.id,
      orgUnitId: job.unit,
      code: String(i + 1),
      name: `Радно место ${i + 1}`,
      category: 'official',
      titleCode: job.title,
      requiredCompetencies: job.required ?? [],
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.push(res.json().id);
  }
  await hr.post(`/api/v1/systematisations/${draft.id}/adopt`, {
    actDate: '2020-01-01',
    validFrom: '2020-01-15',
  });
  return ids;
}

const appraisalOf = async (reader: Client, employeeId: string, kind = 'regular') => {
  const res = await reader.get(`/api/v1/appraisals?employeeId=${employeeId}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as AppraisalSummary[]).find(
    (a) => a.kind === kind && a.year === year,
  ) as AppraisalSummary;
};
const get = async (reader: Client, id: string) =>
  (await reader.get(`/api/v1/appraisals/${id}`)).json() as Appraisal;

const goals = [
  {
    description: 'Обрада предмета у законском року',
    measure: '95 % предмета у року',
    weight: 60,
    dueOn: `${year}-12-31`,
  },
  { description: 'Израда извештаја о извршењу буџета', measure: 'Извештај усвојен', weight: 40, dueOn: null },
];

/** Rater rates every goal and competency with the given values (goals by position). */
async function rateAll(rater: Client, a: Appraisal, goalRatings: number[], competencyRating: number) {
  const res = await rater.put(`/api/v1/appraisals/${a.id}/ratings`, {
    goals: a.goals.map((g, i) => ({ id: g.id, rating: goalRatings[i], comment: null })),
    competencies: a.competencies.map((x) => ({ id: x.id, rating: competencyRating, comment: null })),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Appraisal;
}

/** Goals set, agreed and rated: the appraisal waits for the official's acknowledgement. */
async function throughRating(
  rater: Client,
  official: Client,
  id: string,
  goalRatings: number[],
  competencyRating: number,
) {
  expect((await rater.put(`/api/v1/appraisals/${id}/goals`, { goals })).statusCode).toBe(200);
  expect((await rater.post(`/api/v1/appraisals/${id}/propose-goals`)).statusCode).toBe(200);
  expect(
    (await official.post(`/api/v1/appraisals/${id}/acknowledge-goals`, { comment: null })).statusCode,
  ).toBe(200);
  await rateAll(rater, await get(rater, id), goalRatings, competencyRating);
  const res = await rater.post(`/api/v1/appraisals/${id}/submit-rating`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Appraisal;
}

beforeAll(async () => {
  t = await startTestApp();
  np = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  const kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  gabrovo = await t.org({ name: 'Габрово', country: 'BG' });
  const ministry = await t.org({ name: 'Министарство', nameLatin: 'Ministarstvo', kind: 'national_body' });
  const finance = await t.unit(np, 'Одељење за финансије');
  const budget = await t.unit(np, 'Одсек за буџет', finance.path);
  const urbanism = await t.unit(np, 'Одељење за урбанизам');
  const bgDept = await t.unit(gabrovo, 'Дирекция „Финанси“');
  const users = {
    hr: await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: np }),
    mgr: await t.user({
      email: 'mgr@np.example',
      role: 'manager',
      organisationId: np,
      orgUnitId: finance.id,
    }),
    mgrUrb: await t.user({
      email: 'urb@np.example',
      role: 'manager',
      organisationId: np,
      orgUnitId: urbanism.id,
    }),
    emp: await t.user({ email: 'emp@np.example', role: 'employee', organisationId: np }),
    other: await t.user({ email: 'other@np.example', role: 'employee', organisationId: np }),
    hrKv: await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo }),
    nat: await t.user({ email: 'nat@rs.example', role: 'national_admin', organisationId: ministry }),
    hrBg: await t.user({ email: 'hr@gb.example', role: 'hr_officer', organisationId: gabrovo }),
    mgrBg: await t.user({
      email: 'mgr@gb.example',
      role: 'manager',
      organisationId: gabrovo,
      orgUnitId: bgDept.id,
    }),
    empBg: await t.user({ email: 'emp@gb.example', role: 'employee', organisationId: gabrovo }),
  };
  for (const [key, email] of Object.entries({
    hr: 'hr@np.example',
    mgr: 'mgr@np.example',
    mgrUrb: 'urb@np.example',
    emp: 'emp@np.example',
    other: 'other@np.example',
    hrKv: 'hr@kv.example',
    nat: 'nat@rs.example',
    hrBg: 'hr@gb.example',
    mgrBg: 'mgr@gb.example',
    empBg: 'emp@gb.example',
  }))
    c[key] = await t.login(email);

  const framework = (await c.hr?.get(`/api/v1/competencies?organisationId=${np}`))?.json()
    .items as Competency[];
  digital = framework.find((x) => x.code === 'rs_gf_digital') as Competency;
  const hr = c.hr as Client;
  const [budgetJob, financeJob, urbanismJob] = await act(hr, np, [
    { unit: budget.id, title: 'savetnik', required: [{ competencyId: digital.id, level: 4 }] },
    { unit: finance.id, title: 'samostalni_savetnik' },
    { unit: urbanism.id, title: 'referent' },
  ]);
  people.emp = await hire(hr, np, budgetJob as string, '2020-03-01', users.emp);
  people.mgr = await hire(hr, np, financeJob as string, '2020-03-01', users.mgr);
  people.other = await hire(hr, np, urbanismJob as string, '2020-03-01', users.other);
  jobs.urbanism = urbanismJob as string;
  // Hired too late in the year to be appraised for it (the pack asks for six months).
  people.late = await hire(hr, np, urbanismJob as string, `${year}-10-01`);
  const hrBg = c.hrBg as Client;
  const [bgJob] = await act(hrBg, gabrovo, [{ unit: bgDept.id, title: 'glaven_ekspert' }]);
  people.empBg = await hire(hrBg, gabrovo, bgJob as string, '2019-05-01', users.empBg);
});
afterAll(() => t.close());

describe('opening the year', () => {
  it('creates an appraisal for everyone eligible, with raters from the org structure', async () => {
    expect((await c.mgr?.post('/api/v1/appraisal-cycles', { organisationId: np, year }))?.statusCode).toBe(
      403,
    );
    expect((await c.hrKv?.post('/api/v1/appraisal-cycles', { organisationId: np, year }))?.statusCode).toBe(
      404,
    );
    const res = await c.hr?.post('/api/v1/appraisal-cycles', { organisationId: np, year });
    expect(res?.statusCode, res?.body).toBe(201);
    cycle = res?.json();
    expect(cycle).toMatchObject({
      year,
      status: 'open',
      goalsDue: `${year}-01-31`,
      finalDue: `${year}-12-31`,
    });
    expect(cycle.progress).toMatchObject({ total: 3, byStatus: { draft: 3 }, withoutRater: 0 });
    expect(cycle.rules.grades.map((g) => g.value)).toEqual([1, 2, 3, 4, 5]);
    const again = await c.hr?.post('/api/v1/appraisal-cycles', { organisationId: np, year });
    expect(again?.statusCode).toBe(409);
    expect(again?.json().code).toBe('appraisal_cycle_exists');

    const emp = await get(c.hr as Client, (await appraisalOf(c.hr as Client, people.emp as string)).id);
    // The head of the unit above rates; the head of finance is rated by HR, having no one above.
    expect(emp).toMatchObject({ raterName: 'mgr', group: 'executive', status: 'draft' });
    expect(emp.competencies.filter((x) => x.kind === 'behavioural')).toHaveLength(5);
    expect(emp.competencies.find((x) => x.code === 'rs_gf_digital')).toMatchObject({ requiredLevel: 4 });
    const mgr = await get(c.hr as Client, (await appraisalOf(c.hr as Client, people.mgr as string)).id);
    expect(mgr).toMatchObject({ raterName: 'hr', group: 'manager' });
    expect(mgr.competencies.map((x) => x.code)).toContain('rs_b6_people');
    expect((await c.hr?.get(`/api/v1/appraisals?employeeId=${people.late}`))?.json().items).toEqual([]);
  });

  it('lets HR move deadlines (in order) and the due dates follow', async () => {
    const bad = await c.hr?.patch(`/api/v1/appraisal-cycles/${cycle.id}`, { finalDue: `${year}-01-15` });
    expect(bad?.statusCode).toBe(400);
    expect(bad?.json().errors[0].field).toBe('finalDue');
    const res = await c.hr?.patch(`/api/v1/appraisal-cycles/${cycle.id}`, { goalsDue: `${year}-02-15` });
    expect(res?.statusCode, res?.body).toBe(200);
    expect((await appraisalOf(c.hr as Client, people.emp as string)).dueOn).toBe(`${year}-02-15`);
  });
});

describe('the RS year of one official', () => {
  let id: string;
  beforeAll(async () => {
    id = (await appraisalOf(c.hr as Client, people.emp as string)).id;
  });

  it('allows no rating before the goals are agreed, and only the rater sets goals', async () => {
    const early = await c.mgr?.put(`/api/v1/appraisals/${id}/ratings`, { goals: [], competencies: [] });
    expect(early?.statusCode).toBe(409);
    expect(early?.json().code).toBe('appraisal_wrong_step');
    expect((await c.emp?.put(`/api/v1/appraisals/${id}/goals`, { goals }))?.statusCode).toBe(403);
    expect((await c.mgrUrb?.get(`/api/v1/appraisals/${id}`))?.statusCode).toBe(404);
    expect((await c.hrKv?.get(`/api/v1/appraisals/${id}`))?.statusCode).toBe(404);
    expect((await c.nat?.get(`/api/v1/appraisals/${id}`))?.statusCode).toBe(403);
  });

  it('refuses goals whose weights do not add up to 100, naming the field, and changes nothing', async () => {
    const res = await c.mgr?.put(`/api/v1/appraisals/${id}/goals`, {
      goals: [
        { ...goals[0], weight: 60 },
        { ...goals[1], weight: 30 },
      ],
    });
    expect(res?.statusCode).toBe(400);
    expect(res?.json().errors).toEqual([expect.objectContaining({ field: 'goals', code: 'weights_sum' })]);
    expect((await get(c.mgr as Client, id)).goals).toEqual([]);
    const outside = await c.mgr?.put(`/api/v1/appraisals/${id}/goals`, {
      goals: [{ ...goals[0], weight: 100, dueOn: `${year + 1}-01-10` }],
    });
    expect(outside?.json().errors[0]).toMatchObject({ field: 'goals.0.dueOn', code: 'outside_year' });
  });

  it('goes from goals to an acknowledged rating, mailing the official on the way', async () => {
    const set = await c.mgr?.put(`/api/v1/appraisals/${id}/goals`, { goals });
    expect(set?.json().actions).toEqual(expect.arrayContaining(['edit_goals', 'propose_goals']));
    const proposed = (await c.mgr?.post(`/api/v1/appraisals/${id}/propose-goals`))?.json() as Appraisal;
    expect(proposed.status).toBe('goals_proposed');
    const mails = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'emp@np.example')),
    );
    expect(mails.map((m) => m.template)).toContain('appraisal_goals_proposed');

    const seen = await get(c.emp as Client, id);
    expect(seen.actions).toEqual(['acknowledge_goals']);
    const ack = await c.emp?.post(`/api/v1/appraisals/${id}/acknowledge-goals`, { comment: 'Слажем се.' });
    expect(ack?.json()).toMatchObject({ status: 'active', officialComment: 'Слажем се.' });

    const a = await get(c.mgr as Client, id);
    const interim = await c.mgr?.post(`/api/v1/appraisals/${id}/interim`, {
      interimComment: 'Рад тече по плану.',
      notes: [{ goalId: crypto.randomUUID(), note: 'x' }],
    });
    expect(interim?.json().errors[0]).toMatchObject({ field: 'notes.0.goalId', code: 'unknown_goal' });
    const done = await c.mgr?.post(`/api/v1/appraisals/${id}/interim`, {
      interimComment: 'Рад тече по плану.',
      notes: [{ goalId: a.goals[0]?.id, note: 'Половина предмета решена.' }],
    });
    expect(done?.json()).toMatchObject({ interimComment: 'Рад тече по плану.', dueOn: cycle.finalDue });

    const offScale = await c.mgr?.put(`/api/v1/appraisals/${id}/ratings`, {
      goals: [{ id: a.goals[0]?.id, rating: 7, comment: null }],
    });
    expect(offScale?.json().errors[0]).toMatchObject({ field: 'goals.0.rating', code: 'not_on_scale' });
    const unrated = await c.mgr?.post(`/api/v1/appraisals/${id}/submit-rating`);
    expect(unrated?.json().errors[0]).toMatchObject({ field: 'goals', code: 'unrated' });

    await rateAll(c.mgr as Client, a, [5, 4], 4);
    // The digital competency, required at level 4, is rated 3: a gap for training.
    const digitalRow = a.competencies.find((x) => x.code === 'rs_gf_digital');
    await c.mgr?.put(`/api/v1/appraisals/${id}/ratings`, {
      competencies: [{ id: digitalRow?.id, rating: 3, comment: 'Потребна обука.' }],
    });
    await c.mgr?.patch(`/api/v1/appraisals/${id}`, {
      raterComment: 'Добар рад.',
      trainingNeeds: 'Обука за е-управу',
    });
    expect(
      (await c.emp?.patch(`/api/v1/appraisals/${id}`, { raterComment: 'x' }))?.json().errors[0],
    ).toMatchObject({
      field: 'raterComment',
      code: 'rater_only',
    });
    const rated = (await c.mgr?.post(`/api/v1/appraisals/${id}/submit-rating`))?.json() as Appraisal;
    // Goals 0.6×5 + 0.4×4 = 4.6; competencies (5×4 + 3) / 6 = 3.83; 0.7×4.6 + 0.3×3.83 = 4.37 → 4.
    expect(rated).toMatchObject({ status: 'rated', score: 4.37, grade: 4, ratedGrade: 4 });

    expect((await c.hr?.post(`/api/v1/appraisals/${id}/acknowledge`, { comment: null }))?.statusCode).toBe(
      403,
    );
    const acknowledged = await c.emp?.post(`/api/v1/appraisals/${id}/acknowledge`, { comment: 'Хвала.' });
    expect(acknowledged?.json()).toMatchObject({ status: 'acknowledged', officialComment: 'Хвала.' });
  });

  it('is finalised by HR only, numbered in the register, and locked', async () => {
    expect((await c.mgr?.post(`/api/v1/appraisals/${id}/finalise`, {}))?.statusCode).toBe(403);
    const future = await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, {
      decisionDate: `${year + 1}-01-05`,
    });
    expect(future?.json().errors[0]).toMatchObject({ field: 'decisionDate', code: 'in_future' });
    const res = await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, {});
    expect(res?.statusCode, res?.body).toBe(200);
    const decided = res?.json() as Appraisal;
    const today = new Date().toISOString().slice(0, 10);
    expect(decided).toMatchObject({
      status: 'finalised',
      registerNumber: `112-01-1/${year}`,
      decisionDate: today,
    });
    expect(decided.appealDeadline).toBe(new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10));
    expect(decided.actions).toEqual([]);

    const locked = await c.mgr?.put(`/api/v1/appraisals/${id}/ratings`, { goals: [], competencies: [] });
    expect(locked?.statusCode).toBe(409);
    expect(locked?.json().code).toBe('appraisal_locked');
    expect((await c.mgr?.patch(`/api/v1/appraisals/${id}`, { raterComment: 'Касније.' }))?.statusCode).toBe(
      409,
    );

    const needs = (await c.hr?.get(`/api/v1/training-needs?organisationId=${np}&year=${year}`))?.json().items;
    expect(needs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'competency_gap',
          competencyId: digital.id,
          requiredLevel: 4,
          ratedLevel: 3,
        }),
        expect.objectContaining({ source: 'appraisal', text: 'Обука за е-управу' }),
      ]),
    );
    const own = (await c.emp?.get(`/api/v1/training-needs?organisationId=${np}`))?.json().items as Array<{
      employeeId: string;
    }>;
    expect(own.length).toBe(2);
    expect(own.every((n) => n.employeeId === people.emp)).toBe(true);
    expect((await c.mgrUrb?.get(`/api/v1/training-needs?organisationId=${np}`))?.json().items).toEqual([]);
    expect((await c.nat?.get(`/api/v1/training-needs?organisationId=${np}`))?.statusCode).toBe(403);
    expect((await c.hrKv?.get(`/api/v1/training-needs?organisationId=${np}`))?.statusCode).toBe(404);
  });

  it('prints the decision in Serbian Cyrillic with its number and the grade by name', async () => {
    const res = await c.emp?.get(`/api/v1/appraisals/${id}/decision.pdf`);
    expect(res?.statusCode).toBe(200);
    expect(res?.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res?.rawPayload as Buffer);
    expect(text).toContain('Решење о вредновању радне успешности');
    expect(text).toContain(`112-01-1/${year}`);
    expect(text).toContain('истиче се');
    expect(text).toContain('Обрада предмета у законском року');
    expect((await c.mgrUrb?.get(`/api/v1/appraisals/${id}/decision.pdf`))?.statusCode).toBe(404);
  });

  it('takes an appeal within its window, and HR records the outcome', async () => {
    expect(
      (await c.mgr?.post(`/api/v1/appraisals/${id}/appeal`, { reason: 'Оцена не одговара раду.' }))
        ?.statusCode,
    ).toBe(403);
    const short = await c.emp?.post(`/api/v1/appraisals/${id}/appeal`, { reason: 'Не.' });
    expect(short?.json().errors[0].field).toBe('reason');
    const appealed = await c.emp?.post(`/api/v1/appraisals/${id}/appeal`, {
      reason: 'Оцена не одговара раду.',
    });
    expect(appealed?.json()).toMatchObject({
      status: 'appealed',
      appeal: { reason: 'Оцена не одговара раду.' },
    });
    const noGrade = await c.hr?.post(`/api/v1/appraisals/${id}/appeal-decision`, {
      outcome: 'grade_changed',
      note: 'Усваја се.',
    });
    expect(noGrade?.json().errors[0]).toMatchObject({ field: 'grade', code: 'required' });
    const decided = await c.hr?.post(`/api/v1/appraisals/${id}/appeal-decision`, {
      outcome: 'grade_changed',
      grade: 5,
      note: 'Резултати премашују циљеве.',
    });
    expect(decided?.json()).toMatchObject({
      status: 'closed',
      grade: 5,
      ratedGrade: 4,
      appeal: { outcome: 'grade_changed' },
    });
    const audit = await t.tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, id), eq(auditEvents.entityType, 'appraisal'))),
    );
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'appraisal.edit_goals',
        'appraisal.submit_rating',
        'appraisal.finalise',
        'appraisal.decide_appeal',
      ]),
    );
  });
});

describe('other outcomes', () => {
  it('closes the appeal window after its days, even for the official', async () => {
    const id = (await appraisalOf(c.hr as Client, people.mgr as string)).id;
    await throughRating(c.hr as Client, c.mgr as Client, id, [3, 3], 3);
    const res = await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, {
      registerNumber: '112-01-77/2026',
      decisionDate: `${year}-01-02`,
    });
    expect(res?.json()).toMatchObject({ status: 'finalised', registerNumber: '112-01-77/2026' });
    const late = await c.mgr?.post(`/api/v1/appraisals/${id}/appeal`, {
      reason: 'Желим да се жалим на оцену.',
    });
    expect(late?.statusCode).toBe(409);
    expect(late?.json().code).toBe('appeal_window_closed');
  });

  it('calls an extraordinary appraisal after "не задовољава"', async () => {
    const id = (await appraisalOf(c.hr as Client, people.other as string)).id;
    expect(await get(c.hr as Client, id)).toMatchObject({ raterName: 'urb' });
    // Only a manager or an HR officer of the municipality can be made the rater.
    const notRater = await c.hr?.patch(`/api/v1/appraisals/${id}`, {
      raterUserId: (await c.other?.get('/api/v1/me'))?.json().user.id,
    });
    expect(notRater?.json().errors[0]).toMatchObject({ field: 'raterUserId', code: 'not_a_rater' });
    expect((await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, {}))?.statusCode).toBe(409);
    const rater = c.mgrUrb as Client;
    const rated = await throughRating(rater, c.other as Client, id, [1, 1], 1);
    expect(rated).toMatchObject({ grade: 1, score: 1 });
    const dup = await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, { registerNumber: '112-01-77/2026' });
    expect(dup?.json().errors[0]).toMatchObject({ field: 'registerNumber', code: 'register_number_taken' });
    await c.hr?.post(`/api/v1/appraisals/${id}/finalise`, {});
    const extra = await appraisalOf(c.hr as Client, people.other as string, 'extraordinary');
    expect(extra).toMatchObject({ status: 'draft', kind: 'extraordinary' });
    expect(extra.dueOn).toBe(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
    expect((await get(c.hr as Client, extra.id)).competencies.every((x) => x.rating === null)).toBe(true);
  });

  it('shows each reader only what they may see', async () => {
    const mine = (await c.emp?.get('/api/v1/appraisals?role=official'))?.json().items as AppraisalSummary[];
    expect(mine.map((a) => a.employeeId)).toEqual([people.emp]);
    const all = (await c.emp?.get(`/api/v1/appraisals?cycleId=${cycle.id}`))?.json()
      .items as AppraisalSummary[];
    expect(all.map((a) => a.employeeId)).toEqual([people.emp]);
    const rated = (await c.mgr?.get('/api/v1/appraisals?role=rater'))?.json().items as AppraisalSummary[];
    expect(rated.map((a) => a.employeeId)).toEqual([people.emp]);
    const other = (await c.hrKv?.get(`/api/v1/appraisals?cycleId=${cycle.id}`))?.json().items;
    expect(other).toEqual([]);
    expect((await c.hrKv?.get(`/api/v1/appraisal-cycles/${cycle.id}`))?.statusCode).toBe(404);
    expect((await c.emp?.get(`/api/v1/appraisal-cycles?organisationId=${np}`))?.statusCode).toBe(404);
  });

  it('sends reminders to whoever must act, and will not close an unfinished year', async () => {
    expect((await c.mgr?.post(`/api/v1/appraisal-cycles/${cycle.id}/reminders`))?.statusCode).toBe(403);
    // The extraordinary appraisal is due in 90 days; nothing else is pending.
    expect((await c.hr?.post(`/api/v1/appraisal-cycles/${cycle.id}/reminders`))?.json()).toEqual({ sent: 0 });
    await t.tenancy.run(systemScope, (tx) =>
      tx
        .update(appraisals)
        .set({ dueOn: `${year}-01-01` })
        .where(eq(appraisals.kind, 'extraordinary')),
    );
    expect((await c.hr?.post(`/api/v1/appraisal-cycles/${cycle.id}/reminders`))?.json()).toEqual({ sent: 1 });
    // The daily run reminds each appraisal at most once a week.
    const cycles = createAppraisalCyclesService({
      tenancy: t.tenancy,
      config: t.config,
      mailer: createMailer({
        config: t.config,
        translator: createTranslator(),
        tenancy: t.tenancy,
        log: t.app.log,
      }),
    });
    expect(await cycles.remindAllDue()).toBe(0);
    await t.tenancy.run(systemScope, (tx) =>
      tx
        .update(appraisals)
        .set({ remindedAt: new Date(Date.now() - 8 * 86_400_000) })
        .where(eq(appraisals.kind, 'extraordinary')),
    );
    expect(await cycles.remindAllDue()).toBe(1);
    const close = await c.hr?.post(`/api/v1/appraisal-cycles/${cycle.id}/close`);
    expect(close?.statusCode).toBe(409);
    expect(close?.json()).toMatchObject({ code: 'appraisal_cycle_unfinished' });
  });
});

describe('the BG year', () => {
  it('uses the Bulgarian scale, where 1 is the best grade, and a work plan', async () => {
    const res = await c.hrBg?.post('/api/v1/appraisal-cycles', { organisationId: gabrovo, year });
    expect(res?.statusCode, res?.body).toBe(201);
    bgCycle = res?.json();
    expect(bgCycle.rules).toMatchObject({ workPlan: true, higherIsBetter: false, minMonthsWorked: 6 });
    const a = await appraisalOf(c.hrBg as Client, people.empBg as string);
    expect(a).toMatchObject({ raterName: 'mgr', group: 'executive' });
    const full = await get(c.hrBg as Client, a.id);
    expect(full.competencies.every((x) => x.kind === 'core')).toBe(true);
    const rated = await throughRating(c.mgrBg as Client, c.empBg as Client, a.id, [1, 2], 2);
    // Goals 0.6×1 + 0.4×2 = 1.4; competencies 2; 0.5×1.4 + 0.5×2 = 1.7 → 2 (exceeds the requirements).
    expect(rated).toMatchObject({ score: 1.7, grade: 2 });
    const decided = (await c.hrBg?.post(`/api/v1/appraisals/${a.id}/finalise`, {}))?.json() as Appraisal;
    expect(decided.registerNumber).toBe(`94-00-1/${year}`);
    const pdf = await pdfText(
      (await c.empBg?.get(`/api/v1/appraisals/${a.id}/decision.pdf`))?.rawPayload as Buffer,
    );
    expect(pdf).toContain('Окончателна оценка на изпълнението на длъжността');
    expect(pdf).toContain('Изпълнението надхвърля изискванията');
  });
});

describe('officials who arrive during the year', () => {
  it('get their appraisal when HR adds the newcomers, once', async () => {
    const before = (await c.hr?.get(`/api/v1/appraisal-cycles/${cycle.id}`))?.json() as AppraisalCycle;
    people.newcomer = await hire(c.hr as Client, np, jobs.urbanism, `${year}-02-01`);
    expect((await c.mgrUrb?.post(`/api/v1/appraisal-cycles/${cycle.id}/newcomers`))?.statusCode).toBe(403);
    const res = await c.hr?.post(`/api/v1/appraisal-cycles/${cycle.id}/newcomers`);
    expect(res?.statusCode, res?.body).toBe(200);
    expect((res as { json(): AppraisalCycle }).json().progress.total).toBe(before.progress.total + 1);
    const added = await appraisalOf(c.hr as Client, people.newcomer);
    expect(added).toMatchObject({ status: 'draft', raterName: 'urb', dueOn: `${year}-02-15` });
    const again = (
      await c.hr?.post(`/api/v1/appraisal-cycles/${cycle.id}/newcomers`)
    )?.json() as AppraisalCycle;
    expect(again.progress.total).toBe(before.progress.total + 1);
  });
});
