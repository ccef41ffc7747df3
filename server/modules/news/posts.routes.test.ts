import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../../contracts/news';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { posts } from './news.tables';

let t: TestApp;
let w: AdvisoryWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(() => t.close());

const news = (over: Record<string, unknown> = {}) => ({
  organisationId: w.body,
  kind: 'news',
  audience: 'country',
  locale: 'sr-Cyrl',
  title: 'Објављен нови програм обуке за запослене у ЈЛС',
  summary: 'Програм за 2027. годину',
  body: 'Стална конференција објављује нови програм стручног усавршавања.',
  ...over,
});
const event = (over: Record<string, unknown> = {}) => ({
  ...news(),
  kind: 'event',
  title: 'Годишњи састанак мреже за људске ресурсе',
  startsAt: '2030-03-10T09:00:00Z',
  endsAt: '2030-03-10T15:00:00Z',
  location: 'Београд',
  ...over,
});

const count = () => t.tenancy.run(systemScope, async (tx) => (await tx.select().from(posts)).length);

async function published(body: Record<string, unknown>, path = '/api/v1/news'): Promise<Post> {
  const created = await w.c.admin.post(path, body);
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as Post).id;
  const res = await w.c.admin.post(`${path}/${id}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Post;
}

const fieldOf = (res: { json(): unknown }) =>
  (res.json() as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field);

describe('news and events', () => {
  it('lets only a body’s editors publish, and keeps drafts to them', async () => {
    expect((await w.c.hr.post('/api/v1/news', news({ organisationId: w.municipality }))).statusCode).toBe(
      403,
    );
    // The Bulgarian association's expert cannot publish for the Serbian one.
    expect((await w.c.bgExpert.post('/api/v1/news', news())).statusCode).toBe(404);
    const res = await w.c.expert.post('/api/v1/news', news());
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json() as Post;
    expect(draft).toMatchObject({ status: 'draft', countryCode: 'RS', canManage: true, publishedAt: null });
    expect(draft.organisationNameLatin).toBe('Stalna konferencija gradova i opština');

    expect((await w.c.hr.get(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
    // Another body's editor: as if the draft did not exist. (HR has no right to publish at all: 403.)
    const bg = w.c.bgExpert;
    expect((await bg.get(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
    expect((await bg.patch(`/api/v1/news/${draft.id}`, { title: 'Туђа измена' })).statusCode).toBe(404);
    expect((await bg.post(`/api/v1/news/${draft.id}/publish`)).statusCode).toBe(404);
    expect((await bg.delete(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.hr.delete(`/api/v1/news/${draft.id}`)).statusCode).toBe(403);
    const own = await w.c.admin.get(`/api/v1/news?organisationId=${w.body}`);
    expect((own.json() as { items: Post[] }).items.map((p) => p.id)).toContain(draft.id);
    const strangers = await w.c.bgExpert.get(`/api/v1/news?organisationId=${w.body}`);
    expect((strangers.json() as { items: Post[] }).items).toEqual([]);

    const pub = await w.c.admin.post(`/api/v1/news/${draft.id}/publish`);
    expect(pub.json()).toMatchObject({ status: 'published' });
    expect((pub.json() as Post).publishedAt).not.toBeNull();
    const read = await w.c.hr.get(`/api/v1/news/${draft.id}`);
    expect(read.json()).toMatchObject({ canManage: false, audienceIds: [] });
    // Another body's editor reads it once published, but may not change it.
    expect((await bg.get(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.expert.get(`/api/v1/news/${draft.id}`)).json()).toMatchObject({ canManage: true });

    const audit = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id)),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['post.create', 'post.publish']);
    expect((await w.c.expert.delete(`/api/v1/news/${draft.id}`)).statusCode).toBe(204);
    expect((await w.c.hr.get(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
  });

  it('shows a post to its audience only', async () => {
    const forCountry = await published(news({ title: 'Измене закона о запосленима у ЈЛС' }));
    const forAll = await published(news({ audience: 'all', title: 'Позив за добре праксе' }));
    const chosen = await published(
      news({
        audience: 'organisations',
        audienceIds: [w.municipality],
        title: 'Састанак за изабране општине',
      }),
    );
    expect(chosen.audienceIds).toEqual([w.municipality]);
    const idsOf = async (c: typeof w.c.hr) =>
      ((await c.get('/api/v1/news?limit=200')).json() as { items: Post[] }).items.map((p) => p.id);

    expect(await idsOf(w.c.hr)).toEqual(expect.arrayContaining([forCountry.id, forAll.id, chosen.id]));
    const other = await idsOf(w.c.otherHr);
    expect(other).toEqual(expect.arrayContaining([forCountry.id, forAll.id]));
    expect(other).not.toContain(chosen.id);
    expect((await w.c.otherHr.get(`/api/v1/news/${chosen.id}`)).statusCode).toBe(404);
    const bg = await idsOf(w.c.bgHr);
    expect(bg).toContain(forAll.id);
    expect(bg).not.toContain(forCountry.id);
    // Newest first.
    expect((await idsOf(w.c.hr)).slice(0, 3)).toEqual([chosen.id, forAll.id, forCountry.id]);
    // Latin letters without diacritics find the Cyrillic title.
    const found = await w.c.hr.get(`/api/v1/news?q=${encodeURIComponent('izmene zakona')}`);
    expect((found.json() as { items: Post[] }).items.map((p) => p.id)).toEqual([forCountry.id]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await count();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['/api/v1/events', news(), 'kind'],
      ['/api/v1/news', event(), 'kind'],
      ['/api/v1/events', event({ startsAt: null, endsAt: null }), 'startsAt'],
      ['/api/v1/events', event({ endsAt: '2030-03-10T08:00:00Z' }), 'endsAt'],
      ['/api/v1/news', news({ audienceIds: [w.municipality] }), 'audienceIds'],
      ['/api/v1/news', news({ audience: 'organisations', audienceIds: [] }), 'audienceIds'],
      ['/api/v1/news', news({ audience: 'organisations', audienceIds: [w.bgMunicipality] }), 'audienceIds'],
      ['/api/v1/news', news({ audience: 'organisations', audienceIds: [w.academy] }), 'audienceIds'],
      ['/api/v1/news', news({ title: 'x' }), 'title'],
      ['/api/v1/news', news({ onlineUrl: 'javascript:alert(1)' }), 'onlineUrl'],
    ];
    for (const [path, body, field] of cases) {
      const res = await w.c.admin.post(path, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fieldOf(res)).toContain(field);
    }
    const ev = await published(event(), '/api/v1/events');
    const bad = await w.c.admin.patch(`/api/v1/events/${ev.id}`, { endsAt: '2030-03-09T10:00:00Z' });
    expect(fieldOf(bad)).toContain('endsAt');
    expect(await count()).toBe(before + 1);
    expect((await w.c.admin.get(`/api/v1/events/${ev.id}`)).json()).toMatchObject({
      endsAt: '2030-03-10T15:00:00.000Z',
    });
  });

  it('lists events soonest first from a day on', async () => {
    const later = await published(
      event({ title: 'Вебинар о оцењивању', startsAt: '2030-05-02T08:00:00Z', endsAt: null }),
      '/api/v1/events',
    );
    const sooner = await published(
      event({ title: 'Регионална радионица', startsAt: '2030-04-01T08:00:00Z', endsAt: null }),
      '/api/v1/events',
    );
    const list = await w.c.hr.get('/api/v1/events?from=2030-03-20');
    const ids = (list.json() as { items: Post[] }).items.map((p) => p.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids.indexOf(sooner.id)).toBeGreaterThanOrEqual(0);
    const after = await w.c.hr.get('/api/v1/events?from=2030-04-15');
    expect((after.json() as { items: Post[] }).items.map((p) => p.id)).toEqual([later.id]);
    // An event is not news.
    expect((await w.c.hr.get(`/api/v1/news/${later.id}`)).statusCode).toBe(404);
  });
});
