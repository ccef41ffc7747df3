import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../../contracts/learning-catalogue';
import { systemScope } from '../../db/tenancy';
import { type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { trainingSessions } from './sessions.tables';

let t: TestApp;
let w: LearningWorld;
let rsCompetency: string;
let bgCompetency: string;

const draft = (ownerId: string, code: string) => ({
  ownerId,
  code,
  title: { name: 'Јавне набавке у пракси', nameEn: 'Public procurement in practice' },
  summary: 'Поступци јавних набавки корак по корак.',
  topicArea: 'public_procurement',
  part: 'sectoral',
  targetGroups: ['executive'],
  deliveryModes: ['in_person'],
  durationHours: 6,
  durationDays: 1,
});

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
  const framework = async (country: string, client = w.c.admin) =>
    (await client.get(`/api/v1/competencies?countryCode=${country}`)).json().items[0].id as string;
  rsCompetency = await framework('RS');
  bgCompetency = await framework('BG', w.c.bgAdmin);
});
afterAll(() => t.close());

const create = async (body: object, client = w.c.admin) => client.post('/api/v1/programmes', body);
const listed = async (url: string, client = w.c.hr) => {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Programme[]; nextCursor: string | null };
};

describe('writing the catalogue', () => {
  it('creates a draft with the Latin forms derived and the owner named', async () => {
    const res = await create({ ...draft(w.academy, 'JN-01'), competencyIds: [rsCompetency] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'draft',
      ownerName: 'Национална академија',
      ownerNameLatin: 'Nacionalna akademija',
      countryCode: 'RS',
      title: { name: 'Јавне набавке у пракси', nameLatin: 'Javne nabavke u praksi' },
      summaryLatin: 'Postupci javnih nabavki korak po korak.',
      competencyIds: [rsCompetency],
      materials: [],
    });
    const audit = (await w.c.admin.get(`/api/v1/audit-events?entityId=${res.json().id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['programme.create']);
  });

  it('keeps a municipality’s programmes in its special programme and the national ones out of it', async () => {
    const own = await create({ ...draft(w.municipality, 'NP-01'), part: 'special' }, w.c.hr);
    expect(own.statusCode, own.body).toBe(201);
    const general = await create(draft(w.municipality, 'NP-02'), w.c.hr);
    expect(general.json().errors[0]).toMatchObject({ field: 'part', code: 'part_not_for_owner' });
    const national = await create({ ...draft(w.academy, 'JN-02'), part: 'special' });
    expect(national.json().errors[0]).toMatchObject({ field: 'part', code: 'part_not_for_owner' });
  });

  it('names the field of bad input and changes nothing', async () => {
    const cases: Array<[object, string, string]> = [
      [{ topicArea: 'astrology' }, 'topicArea', 'unknown_topic_area'],
      [{ competencyIds: [bgCompetency] }, 'competencyIds.0', 'unknown_competency'],
      [{ accreditation: 'accredited' }, 'registerNumber', 'required'],
      [{ title: { name: 'Наслов', nameLatin: 'Наслов', nameEn: 'Title' } }, 'title.nameLatin', 'custom'],
      [{ durationDays: 0 }, 'durationDays', 'too_small'],
      [{ colour: 'red' }, 'colour', 'unknown_field'],
    ];
    for (const [change, field, code] of cases) {
      const res = await create({ ...draft(w.academy, 'BAD-1'), ...change });
      expect(res.statusCode, field).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].field).toBe(field);
      if (code !== 'custom') expect(res.json().errors[0].code).toBe(code);
    }
    expect((await listed('/api/v1/programmes?q=BAD-1', w.c.admin)).items).toHaveLength(0);
  });

  it('refuses a code the owner already uses', async () => {
    const res = await create(draft(w.academy, 'JN-01'));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('programme_code_taken');
  });

  it('lets only the owner’s managers write, across tenants answering 404 or 403', async () => {
    expect((await create(draft(w.academy, 'X-1'), w.c.employee)).statusCode).toBe(403);
    expect((await create(draft(w.academy, 'X-2'), w.c.otherHr)).statusCode).toBe(404);
    expect((await create({ ...draft(w.municipality, 'X-3'), part: 'special' }, w.c.otherHr)).statusCode).toBe(
      404,
    );
    expect((await create(draft(w.academy, 'X-4'), w.c.bgAdmin)).statusCode).toBe(404);
    const id = (await listed('/api/v1/programmes?q=JN-01', w.c.admin)).items[0]?.id;
    // A draft is invisible to others; a published entry is readable but not theirs to change.
    expect((await w.c.bgAdmin.patch(`/api/v1/programmes/${id}`, { code: 'HACK' })).statusCode).toBe(404);
    expect((await w.c.hr.patch(`/api/v1/programmes/${w.programme}`, { code: 'HACK' })).statusCode).toBe(403);
    expect((await w.c.bgHr.patch(`/api/v1/programmes/${w.programme}`, { code: 'HACK' })).statusCode).toBe(
      403,
    );
    expect((await w.c.hr.get(`/api/v1/programmes/${w.programme}`)).json().code).not.toBe('HACK');
  });
});

describe('publishing', () => {
  let id: string;
  beforeAll(async () => {
    id = (await listed('/api/v1/programmes?q=JN-01', w.c.admin)).items[0]?.id as string;
  });

  it('shows a draft to its own organisation only', async () => {
    expect((await w.c.hr.get(`/api/v1/programmes/${id}`)).statusCode).toBe(404);
    expect((await w.c.trainer.get(`/api/v1/programmes/${id}`)).statusCode).toBe(200);
    expect((await listed('/api/v1/programmes?q=JN-01')).items).toHaveLength(0);
  });

  it('publishes without touching the fields the edit leaves out', async () => {
    const res = await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'published' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'published',
      summary: 'Поступци јавних набавки корак по корак.',
      competencyIds: [rsCompetency],
    });
    expect((await w.c.hr.get(`/api/v1/programmes/${id}`)).json().status).toBe('published');
  });

  it('re-derives the Latin summary when the summary changes', async () => {
    const res = await w.c.admin.patch(`/api/v1/programmes/${id}`, { summary: 'Нови опис.' });
    expect(res.json()).toMatchObject({ summary: 'Нови опис.', summaryLatin: 'Novi opis.' });
  });

  it('checks the rules on the edited entry', async () => {
    const bad = await w.c.admin.patch(`/api/v1/programmes/${id}`, { part: 'special' });
    expect(bad.json().errors[0].field).toBe('part');
    const taken = await w.c.admin.patch(`/api/v1/programmes/${w.programme}`, { code: 'JN-01' });
    expect(taken.json().code).toBe('programme_code_taken');
  });

  it('moves draft → published → withdrawn, but never from draft straight to withdrawn', async () => {
    const other = (await create(draft(w.academy, 'JN-03'))).json().id;
    const res = await w.c.admin.patch(`/api/v1/programmes/${other}`, { status: 'withdrawn' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('programme_status_change');
    expect((await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'withdrawn' })).statusCode).toBe(200);
    expect((await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'published' })).statusCode).toBe(200);
    expect((await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'draft' })).statusCode).toBe(200);
    expect((await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'published' })).statusCode).toBe(200);
    const events = (await w.c.admin.get(`/api/v1/audit-events?entityId=${id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toContain('programme.withdrawn');
  });

  it('keeps a programme with sessions out of draft, even sessions the owner cannot see', async () => {
    // A municipality's own draft session of the academy's programme.
    await t.tenancy.run(systemScope, (tx) =>
      tx.insert(trainingSessions).values({
        organiserId: w.municipality,
        countryCode: 'RS',
        programmeId: id,
        reference: '2030-001',
        mode: 'in_person',
        venue: 'Београд',
        capacity: 20,
        registrationOpens: '2030-01-01',
        registrationCloses: '2030-01-10',
        cancelUntil: '2030-01-10',
        completionPercent: 100,
        firstDay: '2030-01-15',
        lastDay: '2030-01-15',
        status: 'draft',
      }),
    );
    const res = await w.c.admin.patch(`/api/v1/programmes/${id}`, { status: 'draft' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('programme_has_sessions');
    expect((await w.c.hr.get(`/api/v1/programmes/${id}`)).json().status).toBe('published');
  });
});

describe('listing', () => {
  it('finds entries whatever the script, by filters, a page at a time in code order', async () => {
    const latin = await listed('/api/v1/programmes?q=javne nabavke&status=published');
    expect(latin.items.map((p) => p.code)).toEqual(['JN-01']);
    expect(latin.items[0]?.ownerName).toBe('Национална академија');
    expect(
      (await listed('/api/v1/programmes?topicArea=administrative_procedure')).items.map((p) => p.id),
    ).toEqual([w.programme]);
    expect((await listed('/api/v1/programmes?deliveryMode=live_online&country=RS')).items).toHaveLength(1);
    expect(
      (await listed('/api/v1/programmes?targetGroup=executive&part=sectoral')).items.map((p) => p.code),
    ).toEqual(['JN-01']);
    expect((await listed('/api/v1/programmes?part=special')).items.map((p) => p.code)).toEqual(['NP-01']);
    expect((await listed('/api/v1/programmes?country=BG')).items.map((p) => p.id)).toEqual([w.bgProgramme]);
    const all = (await listed('/api/v1/programmes?limit=200')).items.map((p) => p.code);
    expect(all).toEqual([...all].sort());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listed(`/api/v1/programmes?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((p) => p.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses a forged cursor and an unknown filter', async () => {
    const bad = await w.c.hr.get('/api/v1/programmes?cursor=nonsense');
    expect(bad.json().errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
    expect((await w.c.hr.get('/api/v1/programmes?colour=red')).statusCode).toBe(400);
  });
});

describe('the public catalogue', () => {
  const open = (url: string) => t.app.inject({ method: 'GET', url });

  it('shows published entries only, to anyone', async () => {
    const res = await open('/api/v1/public/programmes?country=RS&limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Programme[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.status === 'published')).toBe(true);
    expect(items.map((p) => p.code)).not.toContain('JN-03');
    expect(items.map((p) => p.code)).not.toContain('NP-01');
    expect((await open(`/api/v1/public/programmes/${w.programme}`)).json().ownerName).toBe(
      'Национална академија',
    );
  });

  it('answers 404 for a draft or a withdrawn entry', async () => {
    const drafts = (await listed('/api/v1/programmes?status=draft', w.c.admin)).items;
    expect(drafts.length).toBeGreaterThan(0);
    for (const p of drafts) expect((await open(`/api/v1/public/programmes/${p.id}`)).statusCode).toBe(404);
    await w.c.bgAdmin.patch(`/api/v1/programmes/${w.bgProgramme}`, { status: 'withdrawn' });
    expect((await open(`/api/v1/public/programmes/${w.bgProgramme}`)).statusCode).toBe(404);
    expect((await open('/api/v1/public/programmes?country=BG')).json().items).toHaveLength(0);
    expect((await open('/api/v1/public/programmes?status=draft')).statusCode).toBe(400);
  });

  it('lists a country’s topic areas', async () => {
    const res = await open('/api/v1/public/topic-areas?country=BG');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { code: string }) => a.code)).toContain('local_taxes');
    expect((await open('/api/v1/public/topic-areas?country=XX')).statusCode).toBe(404);
    expect((await open('/api/v1/public/topic-areas?country=rs')).json().errors[0].field).toBe('country');
  });
});
