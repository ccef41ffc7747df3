import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let finance: { id: string; path: string };
let kvUnit: { id: string; path: string };
let hrNp: Client;
let hrKv: Client;
let employeeNp: Client;
let managerNp: Client;
let napaAdmin: Client;

const official = (over: Record<string, unknown> = {}) => ({
  orgUnitId: finance.id,
  name: 'Порески инспектор',
  category: 'official',
  titleCode: 'savetnik',
  executors: 2,
  ...over,
});

async function draft(client: Client, organisationId: string, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/systematisations', {
    organisationId,
    number: '110-1/2025',
    ...body,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; status: string; positions: number };
}

async function position(client: Client, systematisationId: string, over: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/positions', { systematisationId, ...official(over) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; nameLatin: string };
}

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const napa = await t.org({ name: 'НАЈУ', nameLatin: 'NAPA', kind: 'national_body' });
  finance = await t.unit(noviPazar, 'Одељење за финансије');
  kvUnit = await t.unit(kraljevo, 'Одељење за урбанизам');
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  await t.user({ email: 'emp@np.example', role: 'employee', organisationId: noviPazar });
  await t.user({
    email: 'mgr@np.example',
    role: 'manager',
    organisationId: noviPazar,
    orgUnitId: finance.id,
  });
  await t.user({ email: 'napa@t.example', role: 'national_admin', organisationId: napa });
  [hrNp, hrKv, employeeNp, managerNp, napaAdmin] = await Promise.all(
    ['hr@np.example', 'hr@kv.example', 'emp@np.example', 'mgr@np.example', 'napa@t.example'].map((e) =>
      t.login(e),
    ),
  );
});
afterAll(() => t.close());

describe('systematisation versions', () => {
  it('adopts a draft, supersedes the act in force, and keeps it readable but locked', async () => {
    const first = await draft(hrNp, noviPazar);
    const head = await position(hrNp, first.id, { code: '1', category: 'senior', titleCode: 'polozaj_2' });
    await position(hrNp, first.id, { code: '2' });
    const adopted = await hrNp.post(`/api/v1/systematisations/${first.id}/adopt`, {
      actDate: '2025-01-10',
      validFrom: '2025-01-20',
    });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', positions: 2, executors: 4 });

    const second = await draft(hrNp, noviPazar, { number: '110-7/2026', copyFrom: first.id });
    expect(second).toMatchObject({ status: 'draft', positions: 2 });
    await hrNp.post(`/api/v1/systematisations/${second.id}/adopt`, {
      actDate: '2026-02-01',
      validFrom: '2026-02-15',
    });
    const versions = (await hrNp.get(`/api/v1/systematisations?organisationId=${noviPazar}`)).json().items;
    expect(versions.map((v: { status: string }) => v.status).sort()).toEqual(['adopted', 'superseded']);

    const old = await hrNp.get(`/api/v1/positions/${head.id}`);
    expect(old.statusCode).toBe(200);
    const locked = await hrNp.patch(`/api/v1/positions/${head.id}`, { executors: 3 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('systematisation_not_draft');
    expect((await hrNp.delete(`/api/v1/systematisations/${first.id}`)).statusCode).toBe(409);
  });

  it('refuses to adopt an empty act or one whose effect precedes its date', async () => {
    const empty = await draft(hrNp, noviPazar, { number: 'prazan' });
    const res = await hrNp.post(`/api/v1/systematisations/${empty.id}/adopt`, {
      actDate: '2026-03-01',
      validFrom: '2026-03-02',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('systematisation_empty');
    await position(hrNp, empty.id);
    const early = await hrNp.post(`/api/v1/systematisations/${empty.id}/adopt`, {
      actDate: '2026-03-01',
      validFrom: '2026-02-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0]).toMatchObject({ field: 'validFrom', code: 'before_act_date' });
    const impossible = await hrNp.post(`/api/v1/systematisations/${empty.id}/adopt`, {
      actDate: '2026-02-31',
      validFrom: '2026-03-02',
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().errors[0].field).toBe('actDate');
    expect((await hrNp.delete(`/api/v1/systematisations/${empty.id}`)).statusCode).toBe(204);
  });
});

describe('positions', () => {
  it('derives the Latin name and checks the title against the country pack', async () => {
    const v = await draft(hrNp, noviPazar, { number: 'titles' });
    expect((await position(hrNp, v.id, { name: 'Шеф одсека' })).nameLatin).toBe('Šef odseka');
    const unknown = await hrNp.post('/api/v1/positions', {
      systematisationId: v.id,
      ...official({ titleCode: 'glaven_ekspert' }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'titleCode', code: 'unknown_title' });
    const mismatch = await hrNp.post('/api/v1/positions', {
      systematisationId: v.id,
      ...official({ category: 'support' }),
    });
    expect(mismatch.json().errors[0]).toMatchObject({ field: 'titleCode', code: 'title_category_mismatch' });
    const foreignUnit = await hrNp.post('/api/v1/positions', {
      systematisationId: v.id,
      ...official({ orgUnitId: kvUnit.id }),
    });
    expect(foreignUnit.json().errors[0]).toMatchObject({ field: 'orgUnitId', code: 'unknown_org_unit' });
    const zero = await hrNp.post('/api/v1/positions', {
      systematisationId: v.id,
      ...official({ executors: 0 }),
    });
    expect(zero.json().errors[0].field).toBe('executors');
  });

  it('lists in the act’s order, numbers compared as numbers, with keyset pages and search', async () => {
    const v = await draft(hrNp, noviPazar, { number: 'order' });
    for (const code of ['12', '2', '1']) await position(hrNp, v.id, { code, name: `Радно место ${code}` });
    const first = (await hrNp.get(`/api/v1/positions?systematisationId=${v.id}&limit=2`)).json();
    const second = (
      await hrNp.get(`/api/v1/positions?systematisationId=${v.id}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items].map((p: { code: string }) => p.code)).toEqual(['1', '2', '12']);
    const found = (await hrNp.get(`/api/v1/positions?systematisationId=${v.id}&q=radno%20mesto%2012`)).json();
    expect(found.items.map((p: { code: string }) => p.code)).toEqual(['12']);
  });
});

describe('access', () => {
  it('answers 404 for another municipality’s act and positions', async () => {
    const v = await draft(hrNp, noviPazar, { number: 'tenant' });
    const p = await position(hrNp, v.id);
    expect((await hrKv.get(`/api/v1/systematisations/${v.id}`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/systematisations/${v.id}/staffing`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/systematisations?organisationId=${noviPazar}`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/positions?systematisationId=${v.id}`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/positions/${p.id}`)).statusCode).toBe(404);
    expect((await hrKv.patch(`/api/v1/positions/${p.id}`, { executors: 9 })).statusCode).toBe(404);
    expect((await hrKv.delete(`/api/v1/positions/${p.id}`)).statusCode).toBe(404);
    expect(
      (
        await hrKv.post(`/api/v1/systematisations/${v.id}/adopt`, {
          actDate: '2026-01-01',
          validFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(404);
    const intoForeign = await hrKv.post('/api/v1/positions', {
      systematisationId: v.id,
      ...official({ orgUnitId: kvUnit.id }),
    });
    expect(intoForeign.statusCode).toBe(404);
    const copyForeign = await hrKv.post('/api/v1/systematisations', {
      organisationId: kraljevo,
      number: 'x',
      copyFrom: v.id,
    });
    expect(copyForeign.statusCode).toBe(400);
    expect(copyForeign.json().errors[0].field).toBe('copyFrom');
  });

  it('lets employees and managers read the act but only the HR officer change it', async () => {
    const v = await draft(hrNp, noviPazar, { number: 'roles' });
    expect((await employeeNp.get(`/api/v1/systematisations/${v.id}`)).statusCode).toBe(200);
    expect((await managerNp.get(`/api/v1/positions?systematisationId=${v.id}`)).statusCode).toBe(200);
    for (const client of [employeeNp, managerNp]) {
      expect(
        (await client.post('/api/v1/positions', { systematisationId: v.id, ...official() })).statusCode,
      ).toBe(403);
      expect((await client.patch(`/api/v1/systematisations/${v.id}`, { number: 'x' })).statusCode).toBe(403);
    }
    expect((await napaAdmin.get(`/api/v1/systematisations?organisationId=${noviPazar}`)).statusCode).toBe(
      403,
    );
  });
});
