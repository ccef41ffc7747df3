import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Law } from '../../../contracts/advisory-answers';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { today } from '../../platform/days';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { insertAnsweredQuestion, publishedAnswer } from '../../test/knowledge-rows';
import { startTestApp, type TestApp } from '../../test/test-app';
import { answers } from './advisory.tables';

let t: TestApp;
let w: AdvisoryWorld;

const answerCount = () => t.tenancy.read(systemScope, async (tx) => (await tx.select().from(answers)).length);
const open = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(() => t.close());

describe('drafting an entry from a question', () => {
  let question: string;
  let draft: Answer;

  it('anonymises the municipality, the people and their contacts, and keeps the law references', async () => {
    question = await insertAnsweredQuestion(t, w, {
      title: 'Конкурс у Новом Пазару',
      text: 'Општина Нови Пазар пита: може ли Ана Кадровић (ana@novipazar.rs, 020/311-456, ЈМБГ 0101990710006) да води конкурс?',
      answers: [
        'Прва верзија одговора.',
        'Поштована колегинице Кадровић, у Novog Pazara конкурс води комисија. Јелена Експерт',
      ],
      lawRefs: [{ lawId: w.law, article: '94' }],
      status: 'accepted',
    });
    const res = await w.c.expert.post(`/api/v1/questions/${question}/publication`);
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json();
    expect(draft).toMatchObject({
      questionId: question,
      bodyId: w.body,
      status: 'draft',
      checkedOn: today(),
      areaCode: 'employment',
      subtopicCode: 'recruitment',
      locale: 'sr-Cyrl',
      title: 'Конкурс у [општина]',
      question:
        'Општина [општина] пита: може ли [име] ([е-пошта], [телефон], ЈМБГ [матични број]) да води конкурс?',
      answer: 'Поштована колегинице [име], у [општина] конкурс води комисија. [име]',
      needsRecheck: false,
      publishedAt: null,
    });
    expect(draft.lawRefs).toMatchObject([{ lawId: w.law, article: '94', amendedOn: null }]);
    expect(draft.removedTerms).toEqual(
      expect.arrayContaining([
        'Новом Пазару',
        'Нови Пазар',
        'Novog Pazara',
        'Ана Кадровић',
        'Кадровић',
        'Јелена Експерт',
        'ana@novipazar.rs',
        '020/311-456',
        '0101990710006',
      ]),
    );
  });

  it('makes one entry per question, from answered questions only', async () => {
    expect((await w.c.admin.post(`/api/v1/questions/${question}/publication`)).json().code).toBe(
      'answer_exists',
    );
    const open = await insertAnsweredQuestion(t, w, { status: 'claimed', answers: [] });
    const res = await w.c.expert.post(`/api/v1/questions/${open}/publication`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('question_not_answered');
  });

  it('is for the association’s experts only', async () => {
    const before = await answerCount();
    const fresh = await insertAnsweredQuestion(t, w);
    for (const client of [w.c.hr, w.c.manager, w.c.employee, w.c.otherHr, w.c.bgHr])
      expect((await client.post(`/api/v1/questions/${fresh}/publication`)).statusCode).toBe(403);
    // Another association does not see the question at all.
    expect((await w.c.bgExpert.post(`/api/v1/questions/${fresh}/publication`)).statusCode).toBe(404);
    expect(await answerCount()).toBe(before);
  });

  it('shows drafts to the association only', async () => {
    const list = await w.c.expert.get('/api/v1/answers?status=draft');
    expect(list.json().items.map((a: Answer) => a.id)).toContain(draft.id);
    expect((await w.c.bgExpert.get('/api/v1/answers')).json().items).toEqual([]);
    expect((await w.c.bgExpert.get(`/api/v1/answers/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.hr.get(`/api/v1/answers/${draft.id}`)).statusCode).toBe(403);
    expect((await w.c.hr.get('/api/v1/answers')).statusCode).toBe(403);
    expect((await open(`/api/v1/public/knowledge/${draft.id}`)).statusCode).toBe(404);
  });

  it('is edited by the association, the search refreshed, bad input naming the field', async () => {
    const res = await w.c.expert.patch(`/api/v1/answers/${draft.id}`, {
      title: 'Ko vodi konkurs za prijem',
      subtopicCode: 'systematisation',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Ko vodi konkurs za prijem', subtopicCode: 'systematisation' });
    const found = await w.c.expert.get('/api/v1/answers?q=КОНКУРС ПРИЈЕМ');
    expect(found.json().items.map((a: Answer) => a.id)).toEqual([draft.id]);

    const cases: Array<[object, string, string]> = [
      [{ title: 'abc' }, 'title', 'too_small'],
      [{ areaCode: 'astrology' }, 'areaCode', 'unknown_area'],
      [{ subtopicCode: 'budget' }, 'subtopicCode', 'unknown_subtopic'],
      [
        { lawRefs: [{ lawId: '00000000-0000-4000-8000-000000000000', article: '1' }] },
        'lawRefs',
        'unknown_law',
      ],
      [{ status: 'published' }, 'status', 'unknown_field'],
    ];
    for (const [change, field, code] of cases) {
      const bad = await w.c.expert.patch(`/api/v1/answers/${draft.id}`, change);
      expect(bad.statusCode, field).toBe(400);
      expect(bad.json().errors[0], field).toMatchObject({ field, code });
    }
    for (const client of [w.c.bgExpert])
      expect((await client.patch(`/api/v1/answers/${draft.id}`, { title: 'Туђа измена' })).statusCode).toBe(
        404,
      );
    expect((await w.c.hr.patch(`/api/v1/answers/${draft.id}`, { title: 'Туђа измена' })).statusCode).toBe(
      403,
    );
    const after = (await w.c.expert.get(`/api/v1/answers/${draft.id}`)).json();
    expect(after).toMatchObject({ title: 'Ko vodi konkurs za prijem', subtopicCode: 'systematisation' });
  });

  it('is published, withdrawn and published again, audited', async () => {
    expect((await w.c.bgExpert.post(`/api/v1/answers/${draft.id}/publish`)).statusCode).toBe(404);
    expect((await w.c.hr.post(`/api/v1/answers/${draft.id}/publish`)).statusCode).toBe(403);
    expect((await w.c.expert.post(`/api/v1/answers/${draft.id}/withdraw`)).json().code).toBe(
      'answer_not_published',
    );
    const published = await w.c.expert.post(`/api/v1/answers/${draft.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await open(`/api/v1/public/knowledge/${draft.id}`)).statusCode).toBe(200);
    expect((await w.c.expert.post(`/api/v1/answers/${draft.id}/publish`)).json().code).toBe(
      'answer_already_published',
    );
    expect((await w.c.admin.post(`/api/v1/answers/${draft.id}/withdraw`)).json().status).toBe('withdrawn');
    expect((await open(`/api/v1/public/knowledge/${draft.id}`)).statusCode).toBe(404);
    expect((await w.c.expert.post(`/api/v1/answers/${draft.id}/publish`)).json().status).toBe('published');
    const audit = await t.tenancy.read(systemScope, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, draft.id)),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['answer.create', 'answer.publish', 'answer.publish', 'answer.update', 'answer.withdraw'].sort(),
    );
  });
});

describe('checking again after a law changes', () => {
  it('flags the published answers citing an amended law until they are rechecked', async () => {
    const cited = await publishedAnswer(t, w, { lawRefs: [{ lawId: w.law, article: '49' }] });
    const uncited = await publishedAnswer(t, w);
    const amend = await w.c.expert.patch(`/api/v1/laws/${w.law}`, { amendedOn: '2099-01-01' });
    expect(amend.statusCode, amend.body).toBe(200);
    // The draft of the first test cites it too but counts only once published.
    const law: Law = amend.json();
    expect(law.answersToRecheck).toBeGreaterThanOrEqual(1);

    const flagged = (await w.c.expert.get('/api/v1/answers?needsRecheck=true'))
      .json()
      .items.map((a: Answer) => a.id);
    expect(flagged).toContain(cited);
    expect(flagged).not.toContain(uncited);
    expect((await open(`/api/v1/public/knowledge/${cited}`)).json()).toMatchObject({
      needsRecheck: true,
      lawRefs: [{ lawId: w.law, article: '49', amendedOn: '2099-01-01' }],
    });
    expect((await open(`/api/v1/public/knowledge/${uncited}`)).json().needsRecheck).toBe(false);

    // An amendment already in force flags an answer last checked before it.
    await w.c.expert.patch(`/api/v1/laws/${w.law}`, { amendedOn: '2026-01-01' });
    const before = (await w.c.expert.get('/api/v1/laws?country=RS'))
      .json()
      .items.find((l: Law) => l.id === w.law);
    await t.tenancy.run(systemScope, (tx) =>
      tx.update(answers).set({ checkedOn: '2025-06-01' }).where(eq(answers.id, cited)),
    );
    const stale = (await w.c.expert.get('/api/v1/laws?country=RS'))
      .json()
      .items.find((l: Law) => l.id === w.law);
    expect(stale.answersToRecheck).toBe(before.answersToRecheck + 1);
    expect((await w.c.bgExpert.post(`/api/v1/answers/${cited}/recheck`)).statusCode).toBe(404);
    const rechecked = await w.c.expert.post(`/api/v1/answers/${cited}/recheck`);
    expect(rechecked.statusCode, rechecked.body).toBe(200);
    expect(rechecked.json()).toMatchObject({ checkedOn: today(), needsRecheck: false });
    const after = (await w.c.expert.get('/api/v1/laws?country=RS'))
      .json()
      .items.find((l: Law) => l.id === w.law);
    expect(after.answersToRecheck).toBe(before.answersToRecheck);
  });
});
