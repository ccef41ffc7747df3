import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualProgramme, Execution } from '../../../contracts/annual-programmes';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { readSpreadsheet } from '../../platform/xlsx/spreadsheet';
import {
  addEmployees,
  insertProgramme,
  type LearningWorld,
  learningWorld,
} from '../../test/learning-fixture';
import { insertEnrolmentRow, insertSessionRows } from '../../test/learning-rows';
import { pdfText } from '../../test/pdf-text';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let w: LearningWorld;
const base = '/api/v1/annual-programmes';
const year = new Date().getFullYear();

const item = (over: object = {}) => ({
  programmeId: w.programme,
  part: 'general',
  mode: 'in_person',
  quarter: 2,
  plannedSessions: 2,
  plannedParticipants: 30,
  budget: 120000,
  fundingSource: 'Буџет општине',
  ...over,
});
const ownTitle = { name: 'Заштита података о личности', nameEn: 'Personal data protection' };

async function create(client: Client, organisationId: string, y = year, over: object = {}) {
  const res = await client.post(base, { organisationId, year: y, title: `Програм обуке ${y}`, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as AnnualProgramme;
}

async function addItem(client: Client, id: string, over: object = {}) {
  const res = await client.post(`${base}/${id}/items`, item(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as AnnualProgramme;
}

const step = (client: Client, id: string, name: string, body: object = {}) =>
  client.post(`${base}/${id}/${name}`, body);

/** A programme taken through opinion to adoption. */
async function adopted(client: Client, id: string) {
  expect((await step(client, id, 'send-for-opinion', { on: `${year}-01-10` })).statusCode).toBe(200);
  const opinion = { opinion: 'Савет даје позитивно мишљење.', on: `${year}-01-20` };
  expect((await step(client, id, 'record-opinion', opinion)).statusCode).toBe(200);
  const res = await step(client, id, 'adopt', { on: `${year}-01-25`, act: '06-112/26' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AnnualProgramme;
}

const fieldOf = (body: string) =>
  (JSON.parse(body) as { errors: Array<{ field: string; code: string }> }).errors;

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
});
afterAll(() => t.close());

describe('creating a programme', () => {
  it('derives the kind from the organisation and refuses a second one for the year', async () => {
    const special = await create(w.c.hr, w.municipality, 2031);
    expect(special).toMatchObject({
      kind: 'special',
      status: 'draft',
      organisationName: 'Нови Пазар',
      countryCode: 'RS',
      items: [],
      totals: { sessions: 0, participants: 0, budget: 0 },
    });
    const general = await create(w.c.admin, w.academy, 2031);
    expect(general.kind).toBe('general');
    const again = await w.c.hr.post(base, { organisationId: w.municipality, year: 2031, title: 'Други' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('annual_programme_exists');
  });

  it('copies the items of an earlier programme of the same organisation only', async () => {
    const earlier = await create(w.c.hr, w.municipality, 2032);
    await addItem(w.c.hr, earlier.id);
    await addItem(w.c.hr, earlier.id, { programmeId: null, title: ownTitle, part: 'special', budget: 5000 });
    const copy = await create(w.c.hr, w.municipality, 2033, { copyFromId: earlier.id });
    expect(copy.items.map((i) => i.title.name)).toEqual([
      'Управни поступак у пракси',
      'Заштита података о личности',
    ]);
    expect(copy.items[1]?.title.nameLatin).toBe('Zaštita podataka o ličnosti');
    expect(copy.totals).toEqual({ sessions: 4, participants: 60, budget: 125000 });
    const foreign = await w.c.admin.post(base, {
      organisationId: w.academy,
      year: 2034,
      title: 'Општи програм',
      copyFromId: earlier.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(fieldOf(foreign.body)).toEqual([expect.objectContaining({ field: 'copyFromId' })]);
  });

  it('checks permission, tenant and input', async () => {
    const body = { organisationId: w.municipality, year: 2035, title: 'Програм' };
    expect((await w.c.employee.post(base, body)).statusCode).toBe(403);
    expect((await w.c.manager.post(base, body)).statusCode).toBe(403);
    expect((await w.c.otherHr.post(base, body)).statusCode).toBe(404);
    expect((await w.c.admin.post(base, body)).statusCode).toBe(404);
    const bad = await w.c.hr.post(base, { ...body, year: 1990 });
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad.body)[0]?.field).toBe('year');
    const list = (await w.c.hr.get(`${base}?year=2035`)).json() as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});

describe('items', () => {
  it('shows the catalogue title and code, and validates the rest', async () => {
    const p = await create(w.c.hr, w.municipality, 2040);
    const withItem = await addItem(w.c.hr, p.id);
    expect(withItem.items[0]).toMatchObject({
      programmeId: w.programme,
      title: { name: 'Управни поступак у пракси', nameEn: 'Administrative procedure in practice' },
      topicArea: 'administrative_procedure',
      targetGroup: 'all',
      budget: 120000,
      source: 'manual',
    });
    expect(withItem.items[0]?.programmeCode).toMatch(/^P-/);
    const untitled = await w.c.hr.post(`${base}/${p.id}/items`, item({ programmeId: null }));
    expect(untitled.statusCode).toBe(400);
    expect(fieldOf(untitled.body)).toEqual([expect.objectContaining({ field: 'title', code: 'required' })]);
    const draftProgramme = await insertProgramme(t, w.academy, 'RS', { status: 'draft' });
    for (const programmeId of [draftProgramme, w.bgProgramme, w.municipality]) {
      const res = await w.c.hr.post(`${base}/${p.id}/items`, item({ programmeId }));
      expect(res.statusCode).toBe(400);
      expect(fieldOf(res.body)[0]).toMatchObject({ field: 'programmeId', code: 'unknown_programme' });
    }
    const zero = await w.c.hr.post(`${base}/${p.id}/items`, item({ plannedSessions: 0 }));
    expect(fieldOf(zero.body)[0]?.field).toBe('plannedSessions');
    const itemId = withItem.items[0]?.id as string;
    const edited = await w.c.hr.patch(`${base}/${p.id}/items/${itemId}`, { quarter: 4, budget: 9000 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as AnnualProgramme).items[0]).toMatchObject({ quarter: 4, budget: 9000 });
    const cleared = await w.c.hr.patch(`${base}/${p.id}/items/${itemId}`, { programmeId: null });
    expect(fieldOf(cleared.body)[0]).toMatchObject({ field: 'title', code: 'required' });
    const after = (await w.c.hr.get(`${base}/${p.id}`)).json() as AnnualProgramme;
    expect(after.items.length).toBe(1);
    expect(after.totals).toEqual({ sessions: 2, participants: 30, budget: 9000 });
  });

  it('keeps the special part to special programmes', async () => {
    const general = await create(w.c.admin, w.academy, 2040);
    const res = await w.c.admin.post(`${base}/${general.id}/items`, item({ part: 'special' }));
    expect(res.statusCode).toBe(400);
    expect(fieldOf(res.body)[0]?.field).toBe('part');
    await addItem(w.c.admin, general.id, { part: 'induction' });
  });

  it('lets only the organisation change its items', async () => {
    const p = await create(w.c.hr, w.municipality, 2041);
    const withItem = await addItem(w.c.hr, p.id);
    const itemId = withItem.items[0]?.id as string;
    // The national admin sees the municipality's programme but may not write it.
    expect((await w.c.admin.post(`${base}/${p.id}/items`, item())).statusCode).toBe(403);
    expect((await w.c.otherHr.post(`${base}/${p.id}/items`, item())).statusCode).toBe(404);
    expect((await w.c.bgHr.patch(`${base}/${p.id}/items/${itemId}`, { quarter: 1 })).statusCode).toBe(404);
    expect((await w.c.otherHr.delete(`${base}/${p.id}/items/${itemId}`)).statusCode).toBe(404);
    expect((await w.c.employee.delete(`${base}/${p.id}/items/${itemId}`)).statusCode).toBe(403);
    const missing = await w.c.hr.delete(`${base}/${p.id}/items/${w.programme}`);
    expect(missing.statusCode).toBe(404);
    const gone = await w.c.hr.delete(`${base}/${p.id}/items/${itemId}`);
    expect((gone.json() as AnnualProgramme).items).toEqual([]);
  });
});

describe('who sees what', () => {
  it('shows a special programme to its municipality and the country’s national admins only', async () => {
    const p = await create(w.c.hr, w.municipality, 2042);
    for (const c of [w.c.hr, w.c.employee, w.c.admin])
      expect((await c.get(`${base}/${p.id}`)).statusCode).toBe(200);
    for (const c of [w.c.otherHr, w.c.bgAdmin, w.c.bgHr])
      expect((await c.get(`${base}/${p.id}`)).statusCode).toBe(404);
    const seen = (await w.c.admin.get(`${base}?year=2042&country=RS`)).json() as { items: AnnualProgramme[] };
    expect(seen.items.map((i) => i.id)).toEqual([p.id]);
    const stranger = (await w.c.otherHr.get(`${base}?year=2042`)).json() as { items: unknown[] };
    expect(stranger.items).toEqual([]);
  });

  it('shows an adopted general programme to everybody', async () => {
    const p = await create(w.c.admin, w.academy, 2043);
    await addItem(w.c.admin, p.id);
    expect((await w.c.otherHr.get(`${base}/${p.id}`)).statusCode).toBe(404);
    await adopted(w.c.admin, p.id);
    const res = await w.c.bgHr.get(`${base}?year=2043`);
    expect((res.json() as { items: AnnualProgramme[] }).items).toEqual([
      expect.objectContaining({
        id: p.id,
        status: 'adopted',
        totals: { sessions: 2, participants: 30, budget: 120000 },
      }),
    ]);
    expect((await w.c.otherHr.get(`${base}/${p.id}`)).statusCode).toBe(200);
    expect((await w.c.otherHr.patch(`${base}/${p.id}`, { title: 'x' })).statusCode).toBe(403);
  });
});

describe('workflow', () => {
  it('goes draft → opinion → adopted, locks, reopens and audits every step', async () => {
    const p = await create(w.c.hr, w.municipality);
    await addItem(w.c.hr, p.id);
    const early = await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-25`, act: '1' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('annual_programme_step');
    expect(
      (await step(w.c.hr, p.id, 'record-opinion', { opinion: 'x', on: `${year}-01-02` })).statusCode,
    ).toBe(409);
    const sent = await step(w.c.hr, p.id, 'send-for-opinion', { on: `${year}-01-10` });
    expect((sent.json() as AnnualProgramme).status).toBe('opinion');
    const locked = await w.c.hr.post(`${base}/${p.id}/items`, item());
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('programme_locked');
    expect((await w.c.hr.patch(`${base}/${p.id}`, { title: 'Нови' })).json().code).toBe('programme_locked');
    const noOpinion = await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-25`, act: '1' });
    expect(noOpinion.json().code).toBe('annual_programme_no_opinion');
    const before = await step(w.c.hr, p.id, 'record-opinion', { opinion: 'Позитивно', on: `${year}-01-01` });
    expect(before.statusCode).toBe(400);
    expect(fieldOf(before.body)[0]).toMatchObject({ field: 'on', code: 'before_sent' });
    expect(
      (await step(w.c.admin, p.id, 'record-opinion', { opinion: 'x', on: `${year}-01-20` })).statusCode,
    ).toBe(403);
    const opinion = await step(w.c.hr, p.id, 'record-opinion', { opinion: 'Позитивно', on: `${year}-01-20` });
    expect(opinion.json()).toMatchObject({
      status: 'opinion',
      opinion: 'Позитивно',
      opinionOn: `${year}-01-20`,
    });
    const beforeOpinion = await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-19`, act: '1' });
    expect(fieldOf(beforeOpinion.body)[0]).toMatchObject({ field: 'on', code: 'before_opinion' });
    expect((await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-25` })).statusCode).toBe(400);
    const done = await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-25`, act: '06-112/26' });
    expect(done.json()).toMatchObject({
      status: 'adopted',
      adoptedOn: `${year}-01-25`,
      adoptionAct: '06-112/26',
    });
    expect((await step(w.c.hr, p.id, 'adopt', { on: `${year}-01-26`, act: '2' })).statusCode).toBe(409);
    expect((await w.c.hr.delete(`${base}/${p.id}`)).json().code).toBe('programme_locked');
    expect((await step(w.c.otherHr, p.id, 'reopen')).statusCode).toBe(404);
    const reopened = await step(w.c.hr, p.id, 'reopen');
    expect(reopened.json()).toMatchObject({ status: 'draft', adoptionAct: null, opinion: null });
    expect((await step(w.c.hr, p.id, 'reopen')).statusCode).toBe(409);
    const actions = await t.tenancy.run(systemScope, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, p.id)),
    );
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        'annual_programme.adopt',
        'annual_programme.create',
        'annual_programme.item_add',
        'annual_programme.record_opinion',
        'annual_programme.reopen',
        'annual_programme.send_for_opinion',
      ].sort(),
    );
    expect((await w.c.hr.delete(`${base}/${p.id}`)).statusCode).toBe(204);
    expect((await w.c.hr.get(`${base}/${p.id}`)).statusCode).toBe(404);
  });

  it('cannot reopen a programme after its year', async () => {
    const p = await create(w.c.hr, w.municipality, 2020);
    await addItem(w.c.hr, p.id);
    await adopted(w.c.hr, p.id);
    const res = await step(w.c.hr, p.id, 'reopen');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('annual_programme_year_over');
  });
});

describe('documents and execution', () => {
  let special: AnnualProgramme;
  let general: AnnualProgramme;
  let reader: Client;

  beforeAll(async () => {
    special = await create(w.c.hr, w.municipality, 2044);
    await addItem(w.c.hr, special.id);
    special = await addItem(w.c.hr, special.id, {
      programmeId: null,
      title: ownTitle,
      part: 'special',
      mode: 'distance',
      quarter: 3,
      plannedSessions: 1,
      plannedParticipants: 10,
      budget: 5000,
    });
    general = await create(w.c.admin, w.academy, 2044);
    general = await addItem(w.c.admin, general.id, { plannedSessions: 4, plannedParticipants: 100 });
    const email = `reader-${Math.random().toString(36).slice(2, 8)}@np.test`;
    await t.user({ email, role: 'hr_officer', organisationId: w.municipality });
    reader = await t.login(email, undefined, 'sr-Cyrl');

    const [a, b, c] = await addEmployees(t, w.municipality, 3);
    const [stranger] = await addEmployees(t, w.other, 1);
    const day = (date: string) => [{ date, startsAt: '09:00', endsAt: '15:00' }];
    const academy = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: day('2044-04-10'),
    });
    const own = await insertSessionRows(t, {
      organiserId: w.municipality,
      programmeId: w.programme,
      days: day('2044-05-10'),
    });
    await insertSessionRows(t, {
      organiserId: w.municipality,
      programmeId: w.programme,
      status: 'scheduled',
      days: day('2044-06-10'),
    });
    const lastYear = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: day('2043-11-10'),
    });
    const place = (
      session: typeof own,
      organiserId: string,
      organisationId: string,
      employeeId: string,
      status?: 'not_completed',
    ) =>
      insertEnrolmentRow(t, {
        session,
        organiserId,
        organisationId,
        employeeId,
        ...(status ? { status } : {}),
      });
    await place(academy, w.academy, w.municipality, a as string);
    await place(academy, w.academy, w.other, stranger as string);
    await place(academy, w.academy, w.municipality, b as string, 'not_completed');
    await place(own, w.municipality, w.municipality, b as string);
    await place(own, w.municipality, w.municipality, c as string);
    await place(lastYear, w.academy, w.municipality, c as string);
  });

  it('exports the special programme for the central register in the reader’s language', async () => {
    const res = await reader.get(`${base}/${special.id}/register-export?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('kadar-programme-register.xlsx');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 10, maxColumns: 20 });
    expect(sheet.headers).toEqual([
      'Јединица локалне самоуправе',
      'Година',
      'Шифра програма',
      'Програм',
      'Број у регистру',
      'Део',
      'Начин извођења',
      'Циљна група',
      'Квартал',
      'Планирано извођења',
      'Планирано полазника',
      'Средства',
      'Извор финансирања',
    ]);
    const code = special.items[0]?.programmeCode as string;
    expect(sheet.rows[0]).toEqual([
      'Нови Пазар',
      2044,
      code,
      'Управни поступак у пракси',
      `REG-${code.slice(2)}`,
      'Општи (континуирани)',
      'Уживо',
      'Сви запослени',
      2,
      2,
      30,
      120000,
      'Буџет општине',
    ]);
    expect(sheet.rows[1]?.slice(2, 7)).toEqual([
      '',
      'Заштита података о личности',
      '',
      'Посебни програм',
      'Учење на даљину',
    ]);
    expect(sheet.rows[2]).toEqual([
      'Укупно',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      3,
      40,
      125000,
      null,
    ]);

    const pdf = await w.c.hr.get(`${base}/${special.id}/register-export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Training programmes for the central register, 2044');
    expect(text).toContain('Administrative procedure in practice');
    expect(text).toContain(`REG-${code.slice(2)}`);
    expect((await w.c.otherHr.get(`${base}/${special.id}/register-export?format=pdf`)).statusCode).toBe(404);
    const bad = await w.c.hr.get(`${base}/${special.id}/register-export?format=csv`);
    expect(bad.statusCode).toBe(400);
  });

  it('counts the municipality’s own sessions and its people trained by anyone', async () => {
    const res = await w.c.hr.get(`${base}/${special.id}/execution`);
    expect(res.statusCode, res.body).toBe(200);
    const execution = res.json() as Execution;
    expect(
      execution.rows.map((r) => [r.plannedSessions, r.deliveredSessions, r.plannedParticipants, r.trained]),
    ).toEqual([
      [2, 1, 30, 3],
      [1, 0, 10, 0],
    ]);
    // The national admin reads the same figures, though some enrolments are not the academy's.
    expect((await w.c.admin.get(`${base}/${special.id}/execution`)).json()).toEqual(execution);
    expect((await w.c.bgAdmin.get(`${base}/${special.id}/execution`)).statusCode).toBe(404);
  });

  it('counts the body’s sessions and everybody it trained for a general programme', async () => {
    const execution = (await w.c.admin.get(`${base}/${general.id}/execution`)).json() as Execution;
    expect(execution.rows.map((r) => [r.deliveredSessions, r.trained])).toEqual([[1, 2]]);
  });

  it('prints the execution report with totals', async () => {
    const res = await reader.get(`${base}/${special.id}/execution-report?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 10, maxColumns: 10 });
    expect(sheet.headers[2]).toBe('Одржано извођења');
    expect(sheet.rows.at(-1)).toEqual(['Укупно', 3, 1, 40, 3, 125000]);
    const pdf = await w.c.hr.get(`${base}/${special.id}/execution-report?format=pdf`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Execution of the training programme, 2044');
    expect(text).toContain('People trained');
  });
});
