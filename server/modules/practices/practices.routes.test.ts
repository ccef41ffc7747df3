import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { Practice } from '../../../contracts/practices';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { practicesBase as base, draftPractice, practiceInput, scores } from '../../test/practices-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { users } from '../identity/identity.tables';
import { practices } from './practices.tables';

let t: TestApp;
let w: AdvisoryWorld;

const mailsTo = (userIds: string[], template: string) =>
  t.tenancy.run(systemScope, async (tx) => {
    const emails = (
      await tx.select({ email: users.email }).from(users).where(inArray(users.id, userIds))
    ).map((u) => u.email);
    return tx
      .select()
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.recipient, emails), eq(mailOutbox.template, template)));
  });

const practiceCount = () =>
  t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(practices);
    return row?.n ?? 0;
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});

afterAll(async () => {
  await t.close();
});

describe('the workflow', () => {
  it('drafts, returns, resubmits and publishes a practice, mailing each side and auditing it', async () => {
    const draft = await draftPractice(w);
    expect(draft).toMatchObject({
      status: 'draft',
      bodyId: w.body,
      countryCode: 'RS',
      organisationName: 'Нови Пазар',
      scores: null,
      nominations: 0,
      nominatedByMe: false,
    });

    const edited = await w.c.hr.patch(`${base}/${draft.id}`, { summary: 'Ментор за сваког новог колегу.' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ summary: 'Ментор за сваког новог колегу.', title: draft.title });

    const sent = await w.c.hr.post(`${base}/${draft.id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted' });
    expect((sent.json() as Practice).submittedAt).not.toBeNull();
    expect(await mailsTo([w.ids.expert, w.ids.admin], 'practice_submitted')).toHaveLength(2);
    // Submitted: the municipality waits, it cannot change it meanwhile.
    expect((await w.c.hr.patch(`${base}/${draft.id}`, { title: 'Друго име праксе' })).statusCode).toBe(409);

    const back = await w.c.expert.post(`${base}/${draft.id}/moderation`, {
      decision: 'return',
      note: 'Додајте податке о броју ментора.',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({
      status: 'returned',
      moderationNote: 'Додајте податке о броју ментора.',
    });
    const returned = await mailsTo([w.ids.hr], 'practice_returned');
    expect(returned).toHaveLength(1);
    expect(returned[0]?.textBody).toContain('Додајте податке о броју ментора.');

    expect((await w.c.hr.patch(`${base}/${draft.id}`, { partners: 'Дванаест ментора' })).statusCode).toBe(
      200,
    );
    expect((await w.c.hr.post(`${base}/${draft.id}/submit`)).statusCode).toBe(200);
    const published = await w.c.admin.post(`${base}/${draft.id}/moderation`, { decision: 'publish', scores });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', scores });
    expect((published.json() as Practice).publishedAt).not.toBeNull();
    expect(await mailsTo([w.ids.hr], 'practice_published')).toHaveLength(1);
    // Published: no more changes, no deletion, no second moderation.
    expect((await w.c.hr.patch(`${base}/${draft.id}`, { title: 'Друго име праксе' })).statusCode).toBe(409);
    expect((await w.c.hr.delete(`${base}/${draft.id}`)).statusCode).toBe(409);
    expect(
      (await w.c.expert.post(`${base}/${draft.id}/moderation`, { decision: 'reject', note: 'Ипак не.' }))
        .statusCode,
    ).toBe(409);

    const actions = await t.tenancy.run(systemScope, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, draft.id)),
    );
    expect(actions.map((a) => a.action).sort()).toEqual([
      'practice.create',
      'practice.moderate',
      'practice.moderate',
      'practice.submit',
      'practice.submit',
      'practice.update',
      'practice.update',
    ]);
  });

  it('rejects with a note, and deletes a draft only', async () => {
    const draft = await draftPractice(w);
    await w.c.hr.post(`${base}/${draft.id}/submit`);
    const rejected = await w.c.expert.post(`${base}/${draft.id}/moderation`, {
      decision: 'reject',
      note: 'Пракса још није дала резултате.',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      moderationNote: 'Пракса још није дала резултате.',
    });
    expect((await w.c.hr.delete(`${base}/${draft.id}`)).statusCode).toBe(409);

    const other = await draftPractice(w);
    expect((await w.c.hr.delete(`${base}/${other.id}`)).statusCode).toBe(204);
    expect((await w.c.hr.get(`${base}/${other.id}`)).statusCode).toBe(404);
  });

  it("lists the municipality's practices and the association's queue, submitted first and oldest first", async () => {
    const first = await draftPractice(w, { title: 'Прва пракса у реду' });
    const second = await draftPractice(w, { title: 'Друга пракса у реду' });
    await w.c.hr.post(`${base}/${first.id}/submit`);
    await w.c.hr.post(`${base}/${second.id}/submit`);
    const queue = (await w.c.expert.get(`${base}?bodyId=${w.body}`)).json() as Page<Practice>;
    const submitted = queue.items.filter((p) => p.status === 'submitted').map((p) => p.id);
    expect(submitted.indexOf(first.id)).toBeLessThan(submitted.indexOf(second.id));
    const firstOther = queue.items.findIndex((p) => p.status !== 'submitted');
    if (firstOther >= 0) expect(firstOther).toBeGreaterThanOrEqual(submitted.length);

    const mine = (await w.c.hr.get(`${base}?organisationId=${w.municipality}`)).json() as Page<Practice>;
    expect(mine.items.map((p) => p.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    const stranger = (await w.c.otherHr.get(base)).json() as Page<Practice>;
    expect(stranger.items.map((p) => p.id)).not.toContain(first.id);
    const bg = (await w.c.bgExpert.get(`${base}?bodyId=${w.body}`)).json() as Page<Practice>;
    expect(bg.items).toEqual([]);
    expect((await w.c.employee.get(base)).statusCode).toBe(403);
  });
});

describe('privacy and permissions', () => {
  it('hides a draft and a submitted practice from another municipality, which cannot change them', async () => {
    const draft = await draftPractice(w);
    for (const c of [w.c.otherHr, w.c.bgHr, w.c.bgExpert]) {
      expect((await c.get(`${base}/${draft.id}`)).statusCode).toBe(404);
    }
    expect((await w.c.otherHr.patch(`${base}/${draft.id}`, { title: 'Туђа пракса сада' })).statusCode).toBe(
      404,
    );
    expect((await w.c.otherHr.delete(`${base}/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.post(`${base}/${draft.id}/submit`)).statusCode).toBe(404);
    await w.c.hr.post(`${base}/${draft.id}/submit`);
    expect((await w.c.otherHr.get(`${base}/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.expert.get(`${base}/${draft.id}`)).statusCode).toBe(200);
    const unchanged = (await w.c.hr.get(`${base}/${draft.id}`)).json() as Practice;
    expect(unchanged).toMatchObject({ title: draft.title, status: 'submitted' });
  });

  it("lets only the country's association moderate", async () => {
    const draft = await draftPractice(w);
    await w.c.hr.post(`${base}/${draft.id}/submit`);
    const publish = { decision: 'publish', scores };
    expect((await w.c.bgExpert.post(`${base}/${draft.id}/moderation`, publish)).statusCode).toBe(404);
    expect((await w.c.hr.post(`${base}/${draft.id}/moderation`, publish)).statusCode).toBe(403);
    expect((await w.c.employee.post(`${base}/${draft.id}/moderation`, publish)).statusCode).toBe(403);
    // The association sees it but may not write it as the municipality.
    expect((await w.c.expert.patch(`${base}/${draft.id}`, { title: 'Пракса експерта' })).statusCode).toBe(
      403,
    );
    expect(((await w.c.hr.get(`${base}/${draft.id}`)).json() as Practice).status).toBe('submitted');
  });

  it('lets only HR officers submit, for their own municipality', async () => {
    expect((await w.c.employee.post(base, practiceInput(w))).statusCode).toBe(403);
    expect((await w.c.expert.post(base, practiceInput(w))).statusCode).toBe(403);
    expect((await w.c.otherHr.post(base, practiceInput(w))).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  const cases: Array<[string, object, string]> = [
    ['an unknown category', { categoryCode: 'astrology' }, 'categoryCode'],
    ['a period ending before it starts', { periodFrom: '2025-01-01', periodTo: '2024-12-31' }, 'periodTo'],
    [
      'a link that is not a web address',
      { links: [{ url: 'javascript:alert(1)', kind: 'video' }] },
      'links.0.url',
    ],
    ['a bad e-mail address', { contactEmail: 'ana-at-example' }, 'contactEmail'],
  ];
  it.each(cases)('refuses %s, naming the field and writing nothing', async (_name, over, field) => {
    const before = await practiceCount();
    const res = await w.c.hr.post(base, practiceInput(w, over));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.json() as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
    expect(await practiceCount()).toBe(before);
  });

  it('refuses a bad change of a draft and keeps it', async () => {
    const draft = await draftPractice(w);
    const res = await w.c.hr.patch(`${base}/${draft.id}`, { periodTo: '2020-01-01' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('periodTo');
    const wrongCategory = await w.c.hr.patch(`${base}/${draft.id}`, { categoryCode: 'astrology' });
    expect(wrongCategory.statusCode).toBe(400);
    expect(((await w.c.hr.get(`${base}/${draft.id}`)).json() as Practice).periodTo).toBe(draft.periodTo);
  });

  it('refuses a return without a note and scores out of range', async () => {
    const draft = await draftPractice(w);
    await w.c.hr.post(`${base}/${draft.id}/submit`);
    const noNote = await w.c.expert.post(`${base}/${draft.id}/moderation`, { decision: 'return', note: '' });
    expect(noNote.statusCode).toBe(400);
    const badScore = await w.c.expert.post(`${base}/${draft.id}/moderation`, {
      decision: 'publish',
      scores: { ...scores, impact: 6 },
    });
    expect(badScore.statusCode).toBe(400);
    expect(((await w.c.hr.get(`${base}/${draft.id}`)).json() as Practice).status).toBe('submitted');
  });
});
