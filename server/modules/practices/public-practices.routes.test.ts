import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { PracticeWeek, PublicPractice } from '../../../contracts/practices';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { practicesBase as base, draftPractice, publishedPractice } from '../../test/practices-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let w: AdvisoryWorld;

const open = async <T>(url: string, status = 200) => {
  const res = await t.app.inject({ url: `/api/v1/public${url}` });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
};

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await t.close();
});

describe('public practices', () => {
  it('shows published practices only, with their public fields, found in either script', async () => {
    const p = await publishedPractice(w, {
      title: 'Електронски портал за запошљавање',
      categoryCode: 'digital',
      periodFrom: '2023-05-01',
      translation: {
        locale: 'en',
        title: 'E-recruitment portal',
        summary: 'Applications to the municipality online.',
      },
    });
    const draft = await draftPractice(w, { title: 'Електронски портал у нацрту' });
    const found = await open<Page<PublicPractice>>('/practices?q=elektronski%20portal');
    expect(found.items.map((i) => i.id)).toEqual([p.id]);
    expect(found.items[0]).not.toHaveProperty('status');
    expect(found.items[0]).not.toHaveProperty('moderationNote');
    expect(found.items[0]).toMatchObject({ organisationNameLatin: 'Novi Pazar', scores: { impact: 5 } });
    expect((await open<Page<PublicPractice>>('/practices?q=recruitment')).items.map((i) => i.id)).toEqual([
      p.id,
    ]);
    expect(
      (await open<Page<PublicPractice>>('/practices?categoryCode=digital&year=2023')).items,
    ).toHaveLength(1);
    expect(
      (await open<Page<PublicPractice>>('/practices?categoryCode=digital&year=2024')).items,
    ).toHaveLength(0);
    expect((await open<Page<PublicPractice>>('/practices?country=BG&q=portal')).items).toHaveLength(0);
    await open(`/practices/${p.id}`);
    await open(`/practices/${draft.id}`, 404);
  });

  it('pages the newest first by keyset', async () => {
    const a = await publishedPractice(w, { title: 'Страничење прва' });
    const b = await publishedPractice(w, { title: 'Страничење друга' });
    const first = await open<Page<PublicPractice>>('/practices?q=stranicenje&limit=1');
    expect(first.items.map((i) => i.id)).toEqual([b.id]);
    const second = await open<Page<PublicPractice>>(
      `/practices?q=stranicenje&limit=1&cursor=${first.nextCursor}`,
    );
    expect(second).toEqual({ items: [expect.objectContaining({ id: a.id })], nextCursor: null });
    await open('/practices?cursor=bm9wZQ', 400);
  });

  it("lists the pack's categories", async () => {
    const { items } = await open<{ items: Array<{ code: string }> }>('/practice-categories?country=BG');
    expect(items.map((c) => c.code)).toContain('human_resources');
    await open('/practice-categories?country=XX', 400);
  });
});

describe('practice of the week', () => {
  it("features the association's choice, else the most nominated of the last 30 days, else 404", async () => {
    await open('/practice-of-the-week?country=BG', 404);
    const bg = await publishedPractice(
      w,
      { organisationId: w.bgMunicipality, locale: 'bg', title: 'Наставничество в общината' },
      w.c.bgHr,
    );
    const fallback = await open<PracticeWeek>('/practice-of-the-week?country=BG');
    expect(fallback.practice.id).toBe(bg.id);

    const rs = await publishedPractice(w, { title: 'Пракса недеље у Србији' });
    const popular = await publishedPractice(w, { title: 'Најноминованија пракса' });
    await w.c.bgHr.post(`${base}/${popular.id}/nominations`);
    expect((await open<PracticeWeek>('/practice-of-the-week?country=RS')).practice.id).toBe(popular.id);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-11T10:00:00Z'));
    const chosen = await w.c.expert.put('/api/v1/practice-weeks', {
      bodyId: w.body,
      practiceId: rs.id,
      weekOf: '2026-03-09',
      note: 'Пример за све општине.',
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const week = await open<PracticeWeek>('/practice-of-the-week?country=RS');
    expect(week).toMatchObject({
      weekOf: '2026-03-09',
      note: 'Пример за све општине.',
      practice: { id: rs.id },
    });
    // A choice made again for the same week replaces the first.
    await w.c.admin.put('/api/v1/practice-weeks', {
      bodyId: w.body,
      practiceId: popular.id,
      weekOf: '2026-03-09',
    });
    expect((await open<PracticeWeek>('/practice-of-the-week?country=RS')).practice.id).toBe(popular.id);
  });

  it('lets only the country association choose, a published practice of its country, on a Monday', async () => {
    const rs = await publishedPractice(w, { title: 'Пракса за избор недеље' });
    const draft = await draftPractice(w);
    const choose = (c: AdvisoryWorld['c']['hr'], over: object) =>
      c.put('/api/v1/practice-weeks', { bodyId: w.body, practiceId: rs.id, weekOf: '2026-03-09', ...over });
    expect((await choose(w.c.hr, {})).statusCode).toBe(403);
    expect((await choose(w.c.bgExpert, {})).statusCode).toBe(403);
    const field = async (over: object, name: string) => {
      const res = await choose(w.c.expert, over);
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe(name);
    };
    await field({ weekOf: '2026-03-10' }, 'weekOf');
    await field({ practiceId: draft.id }, 'practiceId');
    const bg = await publishedPractice(w, { organisationId: w.bgMunicipality, locale: 'bg' }, w.c.bgHr);
    await field({ practiceId: bg.id }, 'practiceId');
    // Another body (here the academy) is not the expert's to choose for.
    expect((await choose(w.c.expert, { bodyId: w.academy })).statusCode).toBe(403);
  });
});
