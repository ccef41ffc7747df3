import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { Practice, PublicPractice } from '../../../contracts/practices';
import { systemScope } from '../../db/tenancy';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { practicesBase as base, draftPractice, publishedPractice } from '../../test/practices-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { practiceNominations } from './practices.tables';

let t: TestApp;
let w: AdvisoryWorld;

const nominationsOf = (practiceId: string, userId?: string) =>
  t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(practiceNominations)
      .where(
        and(
          eq(practiceNominations.practiceId, practiceId),
          userId ? eq(practiceNominations.userId, userId) : undefined,
        ),
      );
    return row?.n ?? 0;
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});

afterAll(async () => {
  await t.close();
});

describe('nominations', () => {
  it('counts one nomination per user, and withdraws it', async () => {
    const p = await publishedPractice(w);
    const res = await w.c.otherHr.post(`${base}/${p.id}/nominations`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ nominations: 1, nominatedByMe: true });
    const again = await w.c.otherHr.post(`${base}/${p.id}/nominations`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ type: expect.stringContaining('already_nominated') });
    expect(((await w.c.otherHr.get(`${base}/${p.id}`)).json() as Practice).nominatedByMe).toBe(true);
    expect(((await w.c.bgHr.get(`${base}/${p.id}`)).json() as Practice).nominatedByMe).toBe(false);

    const back = await w.c.otherHr.delete(`${base}/${p.id}/nominations`);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ nominations: 0, nominatedByMe: false });
    expect(await nominationsOf(p.id)).toBe(0);
  });

  it('keeps exactly one of five parallel nominations by the same user', async () => {
    const p = await publishedPractice(w);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => w.c.bgHr.post(`${base}/${p.id}/nominations`)),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json()).toMatchObject({ type: expect.stringContaining('already_nominated') });
    expect(await nominationsOf(p.id, w.ids.bgHr)).toBe(1);
    expect(((await w.c.bgHr.get(`${base}/${p.id}`)).json() as Practice).nominations).toBe(1);
  });

  it("refuses the staff of the practice's own municipality", async () => {
    const p = await publishedPractice(w);
    for (const c of [w.c.hr, w.c.employee, w.c.manager]) {
      const res = await c.post(`${base}/${p.id}/nominations`);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ type: expect.stringContaining('own_practice') });
    }
    expect(await nominationsOf(p.id)).toBe(0);
  });

  it('nominates published practices only: 404 when unseen, 409 when seen but not published', async () => {
    const draft = await draftPractice(w);
    expect((await w.c.otherHr.post(`${base}/${draft.id}/nominations`)).statusCode).toBe(404);
    await w.c.hr.post(`${base}/${draft.id}/submit`);
    const seen = await w.c.expert.post(`${base}/${draft.id}/nominations`);
    expect(seen.statusCode).toBe(409);
    expect(seen.json()).toMatchObject({ type: expect.stringContaining('practice_not_published') });
    expect(await nominationsOf(draft.id)).toBe(0);
    const anonymous = await t.app.inject({ method: 'POST', url: `${base}/${draft.id}/nominations` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('ranks published practices by nominations', async () => {
    const low = await publishedPractice(w, { title: 'Рангирање: једна номинација' });
    const high = await publishedPractice(w, { title: 'Рангирање: три номинације' });
    const none = await publishedPractice(w, { title: 'Рангирање: без номинација' });
    for (const c of [w.c.otherHr, w.c.bgHr, w.c.expert]) await c.post(`${base}/${high.id}/nominations`);
    await w.c.admin.post(`${base}/${low.id}/nominations`);
    const ranked = (
      await t.app.inject({ url: '/api/v1/public/practices?sort=nominations&q=рангирање&country=RS' })
    ).json() as Page<PublicPractice>;
    expect(ranked.items.map((p) => [p.id, p.nominations])).toEqual([
      [high.id, 3],
      [low.id, 1],
      [none.id, 0],
    ]);
    const paged = (
      await t.app.inject({ url: '/api/v1/public/practices?sort=nominations&q=rangiranje&limit=2' })
    ).json() as Page<PublicPractice>;
    expect(paged.items.map((p) => p.id)).toEqual([high.id, low.id]);
    const rest = (
      await t.app.inject({
        url: `/api/v1/public/practices?sort=nominations&q=rangiranje&limit=2&cursor=${paged.nextCursor}`,
      })
    ).json() as Page<PublicPractice>;
    expect(rest).toEqual({ items: [expect.objectContaining({ id: none.id })], nextCursor: null });
  });
});
