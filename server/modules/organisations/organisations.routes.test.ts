import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let smolyan: string;
let napa: string;
let admin: Client;
let hrNp: Client;
let hrKv: Client;
let npUnit: { id: string; path: string };
let kvUnit: { id: string; path: string };

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  smolyan = await t.org({ name: 'Смолян', nameLatin: 'Smolyan', country: 'BG' });
  napa = await t.org({
    name: 'Национална академија за јавну управу',
    nameLatin: 'Nacionalna akademija za javnu upravu',
    kind: 'national_body',
  });
  npUnit = await t.unit(noviPazar, 'Одељење за финансије');
  kvUnit = await t.unit(kraljevo, 'Одељење за урбанизам');
  await t.user({ email: 'admin@t.example', role: 'platform_admin', organisationId: napa });
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  await t.user({ email: 'napa@t.example', role: 'national_admin', organisationId: napa });
  [admin, hrNp, hrKv] = await Promise.all([
    t.login('admin@t.example'),
    t.login('hr@np.example'),
    t.login('hr@kv.example'),
  ]);
});
afterAll(() => t.close());

describe('organisations list', () => {
  it.each(['нови пазар', 'Novi Pazar', 'novi pazar', 'NOVI', 'пазар'])(
    'q=%s finds Novi Pazar across scripts',
    async (q) => {
      const res = await admin.get(`/api/v1/organisations?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((o: { id: string }) => o.id)).toEqual([noviPazar]);
    },
  );

  it('shows an HR officer only their municipality', async () => {
    const res = await hrNp.get('/api/v1/organisations');
    expect(res.json().items.map((o: { id: string }) => o.id)).toEqual([noviPazar]);
  });

  it('shows a national admin every organisation of their country and none of another', async () => {
    const napaAdmin = await t.login('napa@t.example');
    const ids = (await napaAdmin.get('/api/v1/organisations?limit=200'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([noviPazar, kraljevo, napa]));
    expect(ids).not.toContain(smolyan);
  });

  it('pages with an opaque keyset cursor in the reader’s collation', async () => {
    const first = (await admin.get('/api/v1/organisations?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/v1/organisations?limit=2&cursor=${first.nextCursor}`)).json();
    const all = [...first.items, ...second.items].map((o: { nameLatin: string }) => o.nameLatin);
    expect(all).toEqual(['Kraljevo', 'Nacionalna akademija za javnu upravu', 'Novi Pazar', 'Smolyan']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a forged cursor and an over-large limit naming the field', async () => {
    const bad = await admin.get('/api/v1/organisations?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('cursor');
    const big = await admin.get('/api/v1/organisations?limit=5000');
    expect(big.statusCode).toBe(400);
    expect(big.headers['content-type']).toContain('application/problem+json');
    expect(big.json().errors[0].field).toBe('limit');
  });
});

describe('organisation get and manage', () => {
  it('answers 404, not 403, for another tenant’s organisation', async () => {
    expect((await hrKv.get(`/api/v1/organisations/${noviPazar}`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/organisations/${kraljevo}`)).statusCode).toBe(200);
  });

  it('lets a platform admin create a municipality, deriving the Latin name and auditing it', async () => {
    const res = await admin.post('/api/v1/organisations', {
      countryCode: 'RS',
      kind: 'municipality',
      name: 'Ивањица',
      regionCode: 'RS-18',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().nameLatin).toBe('Ivanjica');
    const audit = await admin.get(`/api/v1/audit-events?entityId=${res.json().id}`);
    expect(audit.json().items[0].action).toBe('organisation.create');
  });

  it('refuses bad input with translated field errors and changes nothing', async () => {
    const before = (await admin.get('/api/v1/organisations?limit=200')).json().items.length;
    const unknown = await admin.post('/api/v1/organisations', {
      countryCode: 'RS',
      kind: 'city',
      name: 'X',
      evil: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'evil', code: 'unknown_field' }),
    ]);
    const region = await hrNp.get('/api/v1/organisations');
    expect(region.statusCode).toBe(200);
    const wrongRegion = await (await t.login('admin@t.example', undefined, 'sr-Cyrl')).post(
      '/api/v1/organisations',
      {
        countryCode: 'RS',
        kind: 'city',
        name: 'Нешто',
        regionCode: 'BG-21',
      },
    );
    expect(wrongRegion.statusCode).toBe(400);
    expect(wrongRegion.json().errors[0]).toMatchObject({
      field: 'regionCode',
      message: 'Ова област не припада држави.',
    });
    const type = await admin.post('/api/v1/organisations', { countryCode: 'RS', kind: 'palace', name: 42 });
    expect(
      type
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['kind', 'name']);
    expect((await admin.get('/api/v1/organisations?limit=200')).json().items.length).toBe(before);
  });

  it('forbids an HR officer to create organisations', async () => {
    const res = await hrNp.post('/api/v1/organisations', { countryCode: 'RS', kind: 'city', name: 'Нови' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('requires the CSRF token on mutations', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${noviPazar}`,
      headers: { cookie: admin.cookie },
      payload: { website: 'https://novipazar.rs' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });
});

describe('org units', () => {
  it('lists units only within the tenant: 404 for another municipality, even by id', async () => {
    expect((await hrNp.get(`/api/v1/org-units?organisationId=${noviPazar}`)).json().items).toHaveLength(1);
    expect((await hrKv.get(`/api/v1/org-units?organisationId=${noviPazar}`)).statusCode).toBe(404);
    expect((await hrKv.patch(`/api/v1/org-units/${npUnit.id}`, { name: 'Хак' })).statusCode).toBe(404);
    expect((await hrKv.delete(`/api/v1/org-units/${npUnit.id}`)).statusCode).toBe(404);
    expect(
      (await hrKv.post('/api/v1/org-units', { organisationId: noviPazar, name: 'Хак' })).statusCode,
    ).toBe(404);
    const sneaky = await hrKv.post('/api/v1/org-units', {
      organisationId: kraljevo,
      parentId: npUnit.id,
      name: 'Хак',
    });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().errors[0].field).toBe('parentId');
  });

  it('builds, moves and guards a tree', async () => {
    const a = (
      await hrKv.post('/api/v1/org-units', { organisationId: kraljevo, name: 'Градска управа' })
    ).json();
    const b = (
      await hrKv.post('/api/v1/org-units', {
        organisationId: kraljevo,
        parentId: a.id,
        name: 'Одсек за буџет',
      })
    ).json();
    expect(b.depth).toBe(1);
    expect(b.nameLatin).toBe('Odsek za budžet');
    const cycle = await hrKv.patch(`/api/v1/org-units/${a.id}`, { parentId: b.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].code).toBe('cycle');
    const moved = await hrKv.patch(`/api/v1/org-units/${a.id}`, { parentId: kvUnit.id });
    expect(moved.json().depth).toBe(1);
    const tree = (await hrKv.get(`/api/v1/org-units?organisationId=${kraljevo}`)).json().items;
    expect(tree.map((u: { name: string; depth: number }) => `${u.depth}:${u.name}`)).toEqual([
      '0:Одељење за урбанизам',
      '1:Градска управа',
      '2:Одсек за буџет',
    ]);
    const blocked = await hrKv.delete(`/api/v1/org-units/${a.id}`);
    expect(blocked.statusCode).toBe(409);
    expect((await hrKv.delete(`/api/v1/org-units/${b.id}`)).statusCode).toBe(204);
  });

  it('does not let an employee manage units', async () => {
    await t.user({ email: 'emp@kv.example', role: 'employee', organisationId: kraljevo });
    const emp = await t.login('emp@kv.example');
    expect((await emp.get(`/api/v1/org-units?organisationId=${kraljevo}`)).statusCode).toBe(200);
    expect((await emp.post('/api/v1/org-units', { organisationId: kraljevo, name: 'Ново' })).statusCode).toBe(
      403,
    );
  });
});

describe('countries', () => {
  it('lists the countries with their regions', async () => {
    const res = await hrNp.get('/api/v1/countries');
    expect(res.json().items.map((c: { code: string }) => c.code)).toEqual(['BG', 'RS']);
  });
  it('requires a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/countries' })).statusCode).toBe(401);
  });
});

describe('renaming', () => {
  it('derives the Latin name again when only the official name changes', async () => {
    const unit = (
      await hrKv.post('/api/v1/org-units', { organisationId: kraljevo, name: 'Одсек за буџет' })
    ).json();
    const renamed = await hrKv.patch(`/api/v1/org-units/${unit.id}`, { name: 'Одсек за трезор' });
    expect(renamed.json()).toMatchObject({ name: 'Одсек за трезор', nameLatin: 'Odsek za trezor' });
    const org = await admin.patch(`/api/v1/organisations/${smolyan}`, { name: 'Смолян-град' });
    expect(org.json().nameLatin).toBe('Smolyan-grad');
  });
});

// Last: it adds a Bulgarian body the lists above do not expect.
describe('national bodies', () => {
  it('lists an HR officer the national bodies of their country, whom they may ask for trainings', async () => {
    const bgBody = await t.org({ name: 'НСОРБ', nameLatin: 'NSORB', kind: 'national_body', country: 'BG' });
    const ids = async (query: string) =>
      (await hrNp.get(`/api/v1/organisations?kind=national_body${query}`))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await ids('')).toEqual([napa]);
    expect(await ids('&country=RS')).toEqual([napa]);
    expect(await ids('&country=BG')).toEqual([]);
    expect((await hrNp.get(`/api/v1/organisations/${bgBody}`)).statusCode).toBe(404);
  });

  it("lists a body's adviser the local governments of its country, to share a document or a post with", async () => {
    await t.user({ email: 'expert@t.example', role: 'expert', organisationId: napa });
    const expert = await t.login('expert@t.example');
    const list = async (query: string) =>
      (await expert.get(`/api/v1/organisations?${query}`)).json().items as Array<{
        id: string;
        kind: string;
        countryCode: string;
      }>;
    const ids = async (query: string) => (await list(query)).map((o) => o.id);
    const local = await list('kind=local');
    expect(local.map((o) => o.id)).toEqual(expect.arrayContaining([noviPazar, kraljevo]));
    expect(local.filter((o) => o.kind === 'national_body' || o.countryCode !== 'RS')).toEqual([]);
    expect(await ids('kind=local&country=BG')).toEqual([]);
    // Without a kind the adviser's reach stays their own body.
    expect(await ids('')).toEqual([napa]);
  });
});
