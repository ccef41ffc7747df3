import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HrPlanActual, HrPlanDetail, HrPlanLine } from '../../../contracts/hr-plans';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { readSpreadsheet } from '../../platform/xlsx/spreadsheet';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let hrNp: Client;
let hrKv: Client;
let managerNp: Client;
let employeeNp: Client;
let nationalRs: Client;
let nationalBg: Client;
let savetnikA: string;
let savetnikB: string;
let referent: string;
let planId: string;

const year = new Date().getUTCFullYear();
const nextYear = year + 1;

/** A valid JMBG born 1 January 1990, told apart by its serial number. */
function jmbg(serial: number): string {
  const body = `0101990710${String(serial).padStart(2, '0')}`;
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const m = 11 - (sum % 11);
  return `${body}${m > 9 ? 0 : m}`;
}

let serial = 0;
async function hire(positionId: string, contractType: string, startsOn: string) {
  serial += 1;
  const res = await hrNp.post('/api/v1/employees', {
    organisationId: noviPazar,
    givenName: 'Петар',
    familyName: `Петровић ${serial}`,
    nationalId: jmbg(serial),
    employment: {
      positionId,
      contractType,
      startsOn,
      endsOn: contractType === 'permanent' ? null : `${year + 1}-12-31`,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const lineOf = (plan: { lines: HrPlanLine[] }, titleCode: string) =>
  plan.lines.find((l) => l.titleCode === titleCode) as HrPlanLine;

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const ministryRs = await t.org({ name: 'Министарство', nameLatin: 'Ministarstvo', kind: 'national_body' });
  const ministryBg = await t.org({ name: 'Министерство', country: 'BG', kind: 'national_body' });
  const finance = await t.unit(noviPazar, 'Одељење за финансије');
  const urbanism = await t.unit(noviPazar, 'Одељење за урбанизам');
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  await t.user({
    email: 'mgr@np.example',
    role: 'manager',
    organisationId: noviPazar,
    orgUnitId: finance.id,
  });
  await t.user({ email: 'emp@np.example', role: 'employee', organisationId: noviPazar });
  await t.user({ email: 'nat@rs.example', role: 'national_admin', organisationId: ministryRs });
  await t.user({ email: 'nat@bg.example', role: 'national_admin', organisationId: ministryBg });
  [hrNp, hrKv, managerNp, employeeNp, nationalRs, nationalBg] = await Promise.all(
    [
      'hr@np.example',
      'hr@kv.example',
      'mgr@np.example',
      'emp@np.example',
      'nat@rs.example',
      'nat@bg.example',
    ].map((e) => t.login(e)),
  );

  const act = (
    await hrNp.post('/api/v1/systematisations', { organisationId: noviPazar, number: '1/2020' })
  ).json();
  const position = async (orgUnitId: string, code: string, titleCode: string, executors: number) =>
    (
      await hrNp.post('/api/v1/positions', {
        systematisationId: act.id,
        orgUnitId,
        code,
        name: `Радно место ${code}`,
        category: 'official',
        titleCode,
        executors,
      })
    ).json().id as string;
  referent = await position(urbanism.id, '1', 'referent', 2);
  savetnikA = await position(finance.id, '2', 'savetnik', 3);
  savetnikB = await position(urbanism.id, '3', 'savetnik', 2);
  await hrNp.post(`/api/v1/systematisations/${act.id}/adopt`, {
    actDate: '2020-01-01',
    validFrom: '2020-01-15',
  });

  await hire(savetnikA, 'permanent', '2020-03-01');
  await hire(savetnikB, 'permanent', '2020-03-01');
  await hire(referent, 'fixed_term', '2020-03-01');
  await hire(referent, 'trainee', '2020-03-01');
});
afterAll(() => t.close());

describe('generating a plan', () => {
  it('needs an act in force, and names organisationId', async () => {
    const res = await hrKv.post('/api/v1/hr-plans', { organisationId: kraljevo, year: nextYear });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'no_act_in_force' }),
    ]);
  });

  it('counts the jobs of the act and the staff by title and contract', async () => {
    const res = await hrNp.post('/api/v1/hr-plans', { organisationId: noviPazar, year });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as HrPlanDetail;
    planId = plan.id;
    expect(plan).toMatchObject({ year, status: 'draft', systematisationNumber: '1/2020', actNumber: null });
    // The pack's order: savetnik before referent, whatever the act's order.
    expect(plan.lines.map((l) => l.titleCode)).toEqual(['savetnik', 'referent']);
    expect(lineOf(plan, 'savetnik')).toMatchObject({
      category: 'official',
      positions: 5,
      currentPermanent: 2,
      currentFixedTerm: 0,
      plannedPermanent: 0,
    });
    // A trainee holds a contract for a fixed time.
    expect(lineOf(plan, 'referent')).toMatchObject({
      positions: 2,
      currentPermanent: 0,
      currentFixedTerm: 2,
    });
    expect(plan.totals).toEqual({
      positions: 7,
      currentPermanent: 2,
      currentFixedTerm: 2,
      plannedPermanent: 0,
      plannedFixedTerm: 0,
      plannedTrainees: 0,
    });
  });

  it('refuses a second plan for the same year with 409', async () => {
    const res = await hrNp.post('/api/v1/hr-plans', { organisationId: noviPazar, year });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('hr_plan_exists');
  });

  it('creates one plan when two requests for a new year race, answering the other with 409', async () => {
    const body = { organisationId: noviPazar, year: 2035 };
    const [a, b] = await Promise.all([
      hrNp.post('/api/v1/hr-plans', body),
      hrNp.post('/api/v1/hr-plans', body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const created = a.statusCode === 201 ? a : b;
    expect((await hrNp.delete(`/api/v1/hr-plans/${created.json().id}`)).statusCode).toBe(204);
  });

  it('lists the plans of the municipality with their totals', async () => {
    const res = await hrNp.get(`/api/v1/hr-plans?organisationId=${noviPazar}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ id: planId, year, status: 'draft' })]);
  });
});

describe('editing, adopting and locking', () => {
  it('edits planned figures per line and the notes of a draft', async () => {
    const plan = (await hrNp.get(`/api/v1/hr-plans/${planId}`)).json() as HrPlanDetail;
    const res = await hrNp.patch(`/api/v1/hr-plans/${planId}/lines/${lineOf(plan, 'savetnik').id}`, {
      plannedPermanent: 2,
      plannedTrainees: 1,
      note: 'Попуна после пензионисања',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      plannedPermanent: 2,
      plannedTrainees: 1,
      note: 'Попуна после пензионисања',
    });
    await hrNp.patch(`/api/v1/hr-plans/${planId}/lines/${lineOf(plan, 'referent').id}`, {
      plannedFixedTerm: 1,
    });
    const notes = await hrNp.patch(`/api/v1/hr-plans/${planId}`, { notes: 'Усклађено са буџетом' });
    expect(notes.statusCode).toBe(200);
    expect(notes.json()).toMatchObject({
      notes: 'Усклађено са буџетом',
      totals: { plannedPermanent: 2, plannedFixedTerm: 1, plannedTrainees: 1 },
    });
  });

  it('refuses negative figures, unknown fields and another plan’s line', async () => {
    const plan = (await hrNp.get(`/api/v1/hr-plans/${planId}`)).json() as HrPlanDetail;
    const line = `/api/v1/hr-plans/${planId}/lines/${lineOf(plan, 'savetnik').id}`;
    expect((await hrNp.patch(line, { plannedPermanent: -1 })).statusCode).toBe(400);
    expect((await hrNp.patch(line, { positions: 9 })).statusCode).toBe(400);
    const other = `/api/v1/hr-plans/${planId}/lines/${crypto.randomUUID()}`;
    expect((await hrNp.patch(other, { plannedPermanent: 1 })).statusCode).toBe(404);
  });

  it('deletes a draft', async () => {
    const draft = (await hrNp.post('/api/v1/hr-plans', { organisationId: noviPazar, year: nextYear })).json();
    expect((await hrNp.delete(`/api/v1/hr-plans/${draft.id}`)).statusCode).toBe(204);
    expect((await hrNp.get(`/api/v1/hr-plans/${draft.id}`)).statusCode).toBe(404);
  });

  it('adopts with the act number, then locks the plan', async () => {
    expect((await hrNp.post(`/api/v1/hr-plans/${planId}/adopt`, {})).statusCode).toBe(400);
    const res = await hrNp.post(`/api/v1/hr-plans/${planId}/adopt`, { actNumber: '112-5/2025' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'adopted', actNumber: '112-5/2025' });
    expect(res.json().adoptedAt).toEqual(expect.any(String));
    const line = (res.json() as HrPlanDetail).lines[0] as HrPlanLine;
    for (const attempt of [
      hrNp.patch(`/api/v1/hr-plans/${planId}/lines/${line.id}`, { plannedPermanent: 9 }),
      hrNp.patch(`/api/v1/hr-plans/${planId}`, { notes: 'x' }),
      hrNp.post(`/api/v1/hr-plans/${planId}/adopt`, { actNumber: '1' }),
      hrNp.delete(`/api/v1/hr-plans/${planId}`),
    ]) {
      const r = await attempt;
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('hr_plan_not_draft');
    }
    expect((await hrNp.get(`/api/v1/hr-plans/${planId}`)).json()).toMatchObject({
      totals: { plannedPermanent: 2 },
    });
  });

  it('audits every change', async () => {
    const actions = await t.tenancy.run(systemScope, async (tx) =>
      (
        await tx
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(inArray(auditEvents.entityType, ['hr_plan', 'hr_plan_line']))
      ).map((r) => r.action),
    );
    expect(new Set(actions)).toEqual(
      new Set(['hr_plan.create', 'hr_plan_line.update', 'hr_plan.update', 'hr_plan.delete', 'hr_plan.adopt']),
    );
  });
});

describe('plan against reality', () => {
  it('counts the hires of the plan’s year by contract, and today’s headcount', async () => {
    await hire(savetnikA, 'permanent', `${year}-01-02`);
    await hire(referent, 'trainee', `${year}-01-02`);
    const res = await hrNp.get(`/api/v1/hr-plans/${planId}/actual`);
    expect(res.statusCode, res.body).toBe(200);
    const actual = res.json() as HrPlanActual;
    const row = (title: string) => actual.items.find((i) => i.titleCode === title);
    expect(row('savetnik')).toMatchObject({
      plannedPermanent: 2,
      plannedTrainees: 1,
      hiredPermanent: 1,
      hiredTrainees: 0,
      headcount: 3,
    });
    expect(row('referent')).toMatchObject({ plannedFixedTerm: 1, hiredTrainees: 1, headcount: 3 });
    expect(actual.total).toMatchObject({
      hiredPermanent: 1,
      hiredFixedTerm: 0,
      hiredTrainees: 1,
      headcount: 6,
    });
  });
});

describe('documents', () => {
  it('prints a PDF in the reader’s language', async () => {
    const reader = await t.login('hr@np.example', undefined, 'sr-Cyrl');
    const res = await reader.get(`/api/v1/hr-plans/${planId}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1024);
    expect(res.rawPayload.toString('latin1')).toContain('DejaVuSans');
  });

  it('exports an XLSX with translated headers, a row per line and the totals', async () => {
    const reader = await t.login('hr@np.example', undefined, 'sr-Cyrl');
    const res = await reader.get(`/api/v1/hr-plans/${planId}/xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 20 });
    expect(sheet.headers.slice(0, 3)).toEqual(['Категорија', 'Звање', 'Извршиоци по правилнику']);
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[0]?.slice(0, 3)).toEqual(['службеник', 'саветник', 5]);
    expect(sheet.rows[2]?.[0]).toBe('Укупно');
  });
});

describe('who may see and change plans', () => {
  it('refuses employees and managers, who hold no HR-plan permission', async () => {
    for (const client of [employeeNp, managerNp]) {
      expect((await client.get(`/api/v1/hr-plans?organisationId=${noviPazar}`)).statusCode).toBe(403);
      expect((await client.get(`/api/v1/hr-plans/${planId}`)).statusCode).toBe(403);
      expect(
        (await client.post('/api/v1/hr-plans', { organisationId: noviPazar, year: 2040 })).statusCode,
      ).toBe(403);
    }
  });

  it('refuses national bodies: a plan counts the people on each title, so they get aggregate reports instead', async () => {
    for (const client of [nationalRs, nationalBg]) {
      expect((await client.get(`/api/v1/hr-plans?organisationId=${noviPazar}`)).statusCode).toBe(403);
      for (const path of ['', '/actual', '/pdf', '/xlsx'])
        expect((await client.get(`/api/v1/hr-plans/${planId}${path}`)).statusCode).toBe(403);
      expect(
        (await client.post('/api/v1/hr-plans', { organisationId: noviPazar, year: 2040 })).statusCode,
      ).toBe(403);
    }
  });

  it('answers 404 to another municipality’s HR officer on every endpoint', async () => {
    const plan = (await hrNp.get(`/api/v1/hr-plans/${planId}`)).json() as HrPlanDetail;
    const draft = (await hrNp.post('/api/v1/hr-plans', { organisationId: noviPazar, year: nextYear })).json();
    const draftLine = (draft as HrPlanDetail).lines[0] as HrPlanLine;
    const attempts = [
      hrKv.get(`/api/v1/hr-plans?organisationId=${noviPazar}`),
      hrKv.post('/api/v1/hr-plans', { organisationId: noviPazar, year: 2041 }),
      hrKv.get(`/api/v1/hr-plans/${planId}`),
      hrKv.patch(`/api/v1/hr-plans/${draft.id}`, { notes: 'x' }),
      hrKv.patch(`/api/v1/hr-plans/${draft.id}/lines/${draftLine.id}`, { plannedPermanent: 1 }),
      hrKv.patch(`/api/v1/hr-plans/${planId}/lines/${(plan.lines[0] as HrPlanLine).id}`, {
        plannedPermanent: 1,
      }),
      hrKv.post(`/api/v1/hr-plans/${draft.id}/adopt`, { actNumber: '1' }),
      hrKv.delete(`/api/v1/hr-plans/${draft.id}`),
      hrKv.get(`/api/v1/hr-plans/${planId}/actual`),
      hrKv.get(`/api/v1/hr-plans/${planId}/pdf`),
      hrKv.get(`/api/v1/hr-plans/${planId}/xlsx`),
    ];
    for (const attempt of attempts) expect((await attempt).statusCode).toBe(404);
    // Nothing changed.
    expect((await hrNp.get(`/api/v1/hr-plans/${draft.id}`)).json()).toMatchObject({
      status: 'draft',
      notes: null,
    });
  });
});
