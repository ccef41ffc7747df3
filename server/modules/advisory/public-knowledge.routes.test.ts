import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import type { AdviceRules } from '../../../contracts/advisory-pack';
import { systemScope } from '../../db/tenancy';
import { type AdvisoryWorld, advisoryWorld, insertLaw } from '../../test/advisory-fixture';
import { insertAnsweredQuestion, publishedAnswer } from '../../test/knowledge-rows';
import { startTestApp, type TestApp } from '../../test/test-app';
import { answers } from './advisory.tables';

let t: TestApp;
let w: AdvisoryWorld;
let latin: string;
let cyrillic: string;
let draft: string;
let otherLaw: string;

const open = (url: string) => t.app.inject({ method: 'GET', url });
const ids = async (url: string) => {
  const res = await open(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((a: PublicAnswer) => a.id);
};

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
  otherLaw = await insertLaw(t, w.body, 'RS', {
    title: 'Закон о локалној самоуправи',
    search: 'zakon o lokalnoj samoupravi',
  });
  latin = await publishedAnswer(t, w, {
    title: 'Godišnji odmor službenika',
    text: 'Koliko dana godišnjeg odmora pripada službeniku?',
    answers: ['Najmanje dvadeset radnih dana, po zakonu.'],
    locale: 'sr-Latn',
    lawRefs: [{ lawId: w.law, article: '49' }],
  });
  cyrillic = await publishedAnswer(t, w, {
    title: 'Приправник у општинској управи',
    text: 'Да ли се приправник прима путем конкурса?',
    answers: ['Да, путем јавног конкурса.'],
    areaCode: 'local_government',
    subtopicCode: 'administration',
    lawRefs: [
      { lawId: w.law, article: '94' },
      { lawId: otherLaw, article: '12' },
    ],
  });
  const question = await insertAnsweredQuestion(t, w, { title: 'Нацрт о ћутању управе' });
  draft = (await w.c.expert.post(`/api/v1/questions/${question}/publication`)).json().id;
});
afterAll(() => t.close());

describe('the public knowledge base', () => {
  it('lists published answers newest first, without the experts’ fields, drafts left out', async () => {
    const res = await open('/api/v1/public/knowledge?country=RS');
    expect(res.statusCode).toBe(200);
    const items: Array<Record<string, unknown>> = res.json().items;
    expect(items.map((a) => a.id)).toEqual([cyrillic, latin]);
    for (const key of ['status', 'removedTerms', 'questionId', 'bodyId', 'updatedAt'])
      expect(items[0]).not.toHaveProperty(key);
    expect(items[0]).toMatchObject({
      bodyName: 'Стална конференција градова и општина',
      bodyNameLatin: 'Stalna konferencija gradova i opština',
      helpfulYes: 0,
      needsRecheck: false,
    });
    expect((await open(`/api/v1/public/knowledge/${draft}`)).statusCode).toBe(404);
    expect((await open('/api/v1/public/knowledge/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it('pages by keyset', async () => {
    const first = (await open('/api/v1/public/knowledge?limit=1')).json();
    expect(first.items.map((a: PublicAnswer) => a.id)).toEqual([cyrillic]);
    const second = (await open(`/api/v1/public/knowledge?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((a: PublicAnswer) => a.id)).toEqual([latin]);
    expect(second.nextCursor).toBeNull();
    const bad = await open('/api/v1/public/knowledge?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'cursor' });
  });

  it('finds either script with any query script, with or without diacritics, every word matching', async () => {
    expect(await ids(`/api/v1/public/knowledge?q=${encodeURIComponent('ГОДИШЊИ одмор')}`)).toEqual([latin]);
    expect(await ids('/api/v1/public/knowledge?q=godisnji%20odmor')).toEqual([latin]);
    expect(await ids('/api/v1/public/knowledge?q=prIpravnik%20konkursa')).toEqual([cyrillic]);
    expect(await ids(`/api/v1/public/knowledge?q=${encodeURIComponent('приправник одмор')}`)).toEqual([]);
    expect(await ids(`/api/v1/public/knowledge?q=${encodeURIComponent('ћутању')}`)).toEqual([]);
  });

  it('filters by country, area, sub-topic, law and article', async () => {
    expect(await ids('/api/v1/public/knowledge?country=BG')).toEqual([]);
    expect(await ids('/api/v1/public/knowledge?areaCode=local_government')).toEqual([cyrillic]);
    expect(await ids('/api/v1/public/knowledge?areaCode=employment&subtopicCode=recruitment')).toEqual([
      latin,
    ]);
    expect(await ids(`/api/v1/public/knowledge?lawId=${w.law}`)).toEqual([cyrillic, latin]);
    expect(await ids(`/api/v1/public/knowledge?lawId=${otherLaw}`)).toEqual([cyrillic]);
    expect(await ids(`/api/v1/public/knowledge?lawId=${w.law}&article=49`)).toEqual([latin]);
    expect(await ids(`/api/v1/public/knowledge?lawId=${otherLaw}&article=49`)).toEqual([]);
    for (const [query, field] of [
      ['lawId=42', 'lawId'],
      ['country=Serbia', 'country'],
      ['limit=0', 'limit'],
      ['status=draft', 'status'],
    ]) {
      const res = await open(`/api/v1/public/knowledge?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].field, query).toBe(field);
    }
  });

  it('counts helpful votes, published answers only, bad votes changing nothing', async () => {
    const vote = (id: string, body: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/public/knowledge/${id}/helpful`,
        payload: body as object,
      });
    expect((await vote(latin, { helpful: true })).json()).toEqual({ helpfulYes: 1, helpfulNo: 0 });
    await Promise.all([vote(latin, { helpful: true }), vote(latin, { helpful: false })]);
    expect((await open(`/api/v1/public/knowledge/${latin}`)).json()).toMatchObject({
      helpfulYes: 2,
      helpfulNo: 1,
    });
    const bad = await vote(latin, { helpful: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'helpful' });
    expect((await vote(draft, { helpful: true })).statusCode).toBe(404);
    const counts = await t.tenancy.read(systemScope, (tx) =>
      tx.select({ yes: answers.helpfulYes, no: answers.helpfulNo }).from(answers),
    );
    expect(counts.reduce((sum, c) => sum + c.yes + c.no, 0)).toBe(3);
  });

  it('limits votes per address', async () => {
    const limited = await startTestApp({ LOGIN_RATE_LIMIT_MAX: '2' });
    try {
      const vote = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/public/knowledge/00000000-0000-4000-8000-000000000000/helpful',
          payload: { helpful: true },
        });
      expect((await vote()).statusCode).toBe(404);
      expect((await vote()).statusCode).toBe(404);
      expect((await vote()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('names the areas of a country’s advisory Q&A and the promised answer time', async () => {
    const res = await open('/api/v1/public/advice-rules?country=BG');
    expect(res.statusCode).toBe(200);
    const { areas, responseWorkingDays }: AdviceRules = res.json();
    expect(responseWorkingDays).toBe(5);
    expect(areas.map((a) => a.code)).toContain('employment');
    expect(areas[0]?.subtopics.length).toBeGreaterThan(0);
    const unknown = await open('/api/v1/public/advice-rules?country=XX');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'country', code: 'unknown_country' });
  });
});
