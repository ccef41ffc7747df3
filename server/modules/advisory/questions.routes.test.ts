import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Question, QuestionDetail } from '../../../contracts/advisory-questions';
import type { Page } from '../../../contracts/common';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { createTranslator } from '../../platform/i18n/i18n';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { createMailer } from '../../platform/mail/mailer';
import { type AdvisoryWorld, advisoryWorld, insertLaw } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { users } from '../identity/identity.tables';
import { questions } from './advisory.tables';
import { createQuestionReminders } from './question-reminders';

let t: TestApp;
let w: AdvisoryWorld;

const base = '/api/v1/questions';

const ask = (over: object = {}) => ({
  organisationId: w.municipality,
  bodyId: w.body,
  title: 'Радни однос на одређено време',
  text: 'Да ли се уговор на одређено време може продужити после 24 месеца?',
  areaCode: 'employment',
  subtopicCode: 'recruitment',
  lawRefs: [{ lawId: w.law, article: '49' }],
  ...over,
});

const submit = async (over: object = {}) => {
  const res = await w.c.hr.post(base, ask(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as QuestionDetail;
};

const act = async (
  client: AdvisoryWorld['c'][keyof AdvisoryWorld['c']],
  id: string,
  step: string,
  body?: object,
) => client.post(`${base}/${id}/${step}`, body);

const moved = async (
  client: AdvisoryWorld['c'][keyof AdvisoryWorld['c']],
  id: string,
  step: string,
  body?: object,
) => {
  const res = await act(client, id, step, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as QuestionDetail;
};

/** The messages queued for these users with this template. */
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

const questionCount = () =>
  t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(questions);
    return row?.n ?? 0;
  });

/** The clock of the server, moved to a day of the pack's calendar (timers keep running). */
const onDay = (day: string) => vi.setSystemTime(new Date(`${day}T09:00:00Z`));

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('questions', () => {
  it('keeps a question between the municipality and its association', async () => {
    const q = await submit();
    for (const c of [w.c.otherHr, w.c.bgExpert, w.c.bgHr]) {
      expect((await c.get(`${base}/${q.id}`)).statusCode).toBe(404);
      const list = (await c.get(base)).json() as Page<Question>;
      expect(list.items.map((i) => i.id)).not.toContain(q.id);
      expect((await c.post(`${base}/${q.id}/follow`)).statusCode).toBe(404);
    }
    expect((await act(w.c.otherHr, q.id, 'withdraw')).statusCode).toBe(404);
    expect((await act(w.c.otherHr, q.id, 'reply', { text: 'x' })).statusCode).toBe(404);
    expect((await act(w.c.bgExpert, q.id, 'claim')).statusCode).toBe(404);
    expect((await act(w.c.bgExpert, q.id, 'answer', { text: 'x' })).statusCode).toBe(404);
    for (const c of [w.c.employee, w.c.manager]) {
      expect((await c.get(base)).statusCode).toBe(403);
      expect((await c.get(`${base}/${q.id}`)).statusCode).toBe(403);
      expect((await c.post(base, ask())).statusCode).toBe(403);
      expect((await act(c, q.id, 'withdraw')).statusCode).toBe(403);
    }
    // Sides: the expert does not withdraw, the asker does not claim.
    expect((await act(w.c.expert, q.id, 'withdraw')).statusCode).toBe(403);
    expect((await act(w.c.hr, q.id, 'claim')).statusCode).toBe(403);
    // An HR officer asks only for their own municipality.
    expect((await w.c.otherHr.post(base, ask())).statusCode).toBe(404);
    const after = (await w.c.hr.get(`${base}/${q.id}`)).json() as QuestionDetail;
    expect(after.status).toBe('submitted');
    expect(after.following).toBe(true);
    expect((await w.c.expert.get(`${base}/${q.id}`)).json().following).toBe(false);
  });

  it('runs the whole conversation, with messages, mails and audit', async () => {
    const q = await submit({ title: 'Оцењивање службеника у пробном раду' });
    expect(q).toMatchObject({
      status: 'submitted',
      locale: 'en',
      organisationName: 'Нови Пазар',
      bodyNameLatin: 'Stalna konferencija gradova i opština',
      askedByName: 'Ана Кадровић',
      overdue: false,
      answerId: null,
    });
    expect(q.reference).toMatch(/^\d{4}-\d{4}$/);
    expect(q.lawRefs[0]).toMatchObject({ lawId: w.law, article: '49', amendedOn: null });
    expect(q.lawRefs[0]?.lawTitle).toContain('Закон о запосленима');
    const told = await mailsTo([w.ids.expert, w.ids.admin, w.ids.bgExpert], 'question_submitted');
    expect(told.filter((m) => m.subject.includes(q.reference))).toHaveLength(2);

    const queue = (await w.c.expert.get(`${base}?queue=open`)).json() as Page<Question>;
    expect(queue.items.map((i) => i.id)).toContain(q.id);
    const claimed = await moved(w.c.expert, q.id, 'claim');
    expect(claimed).toMatchObject({
      status: 'claimed',
      expertId: w.ids.expert,
      expertName: 'Јелена Експерт',
    });
    const mine = (await w.c.expert.get(`${base}?queue=mine`)).json() as Page<Question>;
    expect(mine.items.map((i) => i.id)).toEqual([q.id]);

    const asked = await moved(w.c.expert, q.id, 'ask-back', { text: 'Колико дуго траје пробни рад?' });
    expect(asked).toMatchObject({ status: 'needs_info', dueOn: null });
    expect(await mailsTo([w.ids.hr], 'question_asked_back')).toHaveLength(1);

    const replied = await moved(w.c.hr, q.id, 'reply', { text: 'Шест месеци.' });
    expect(replied.status).toBe('claimed');
    expect(replied.dueOn).not.toBeNull();
    expect(await mailsTo([w.ids.expert], 'question_replied')).toHaveLength(1);

    const law2 = await insertLaw(t, w.body, 'RS', { title: 'Закон о раду', amendedOn: '2025-06-01' });
    const answered = await moved(w.c.expert, q.id, 'answer', {
      text: 'Службеник на пробном раду се оцењује на крају пробног рада.',
      lawRefs: [{ lawId: law2, article: '36' }],
    });
    expect(answered).toMatchObject({ status: 'answered', dueOn: null });
    expect(answered.answeredAt).not.toBeNull();
    expect(answered.lawRefs).toEqual([
      {
        lawId: law2,
        article: '36',
        lawTitle: 'Закон о раду',
        gazette: expect.any(String),
        amendedOn: '2025-06-01',
      },
    ]);
    expect(answered.messages.map((m) => m.kind)).toEqual(['ask_back', 'reply', 'answer']);
    expect(answered.messages[1]?.authorName).toBe('Ана Кадровић');
    expect(await mailsTo([w.ids.hr], 'question_answered')).toHaveLength(1);

    // A follow-up question reopens it with a fresh term; then the asker accepts the answer.
    const followUp = await moved(w.c.hr, q.id, 'reply', { text: 'А ако је био на боловању?' });
    expect(followUp).toMatchObject({ status: 'claimed', answeredAt: null });
    await moved(w.c.expert, q.id, 'answer', { text: 'Пробни рад се продужава.' });
    const accepted = await moved(w.c.hr, q.id, 'accept');
    expect(accepted.status).toBe('accepted');
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.messages).toHaveLength(5);

    const audit = await t.tenancy.run(systemScope, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, q.id)),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'question.create',
        'question.claim',
        'question.ask_back',
        'question.reply',
        'question.answer',
        'question.reply',
        'question.answer',
        'question.accept',
      ].sort(),
    );
  });

  it('numbers questions per association and year', async () => {
    const a = await submit();
    const b = await submit();
    const n = (ref: string) => Number(ref.slice(5));
    expect(n(b.reference)).toBe(n(a.reference) + 1);
    expect(b.reference.slice(0, 4)).toBe(a.reference.slice(0, 4));
  });

  it('lets experts follow a question and stop following it', async () => {
    const q = await submit();
    expect((await w.c.expert.post(`${base}/${q.id}/follow`)).json().following).toBe(true);
    expect((await w.c.expert.get(`${base}/${q.id}`)).json().following).toBe(true);
    expect((await w.c.expert.delete(`${base}/${q.id}/follow`)).json().following).toBe(false);
  });

  it('counts the answer time in working days, stops it on ask-back and resumes it on reply', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Thursday before the Orthodox Easter: Good Friday 10 and Easter Monday 13 April are holidays.
    onDay('2026-04-09');
    const q = await submit();
    expect(q.dueOn).toBe('2026-04-20');
    await moved(w.c.expert, q.id, 'claim');
    onDay('2026-04-15');
    const asked = await moved(w.c.expert, q.id, 'ask-back', { text: 'Која је систематизација?' });
    expect(asked.dueOn).toBeNull();
    const [row] = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(questions).where(eq(questions.id, q.id)),
    );
    expect(row?.daysLeft).toBe(3);
    // A week later the clock resumes with the three working days it had left.
    onDay('2026-04-22');
    expect((await moved(w.c.hr, q.id, 'reply', { text: 'Из 2024. године.' })).dueOn).toBe('2026-04-27');
    onDay('2026-04-27');
    expect((await w.c.hr.get(`${base}/${q.id}`)).json().overdue).toBe(false);
    onDay('2026-04-28');
    expect((await w.c.hr.get(`${base}/${q.id}`)).json().overdue).toBe(true);
    const overdue = (await w.c.expert.get(`${base}?overdue=true`)).json() as Page<Question>;
    expect(overdue.items.map((i) => i.id)).toContain(q.id);
    const notOverdue = (await w.c.expert.get(`${base}?overdue=false`)).json() as Page<Question>;
    expect(notOverdue.items.map((i) => i.id)).not.toContain(q.id);

    // The daily job lists it to the association's experts, once a day.
    const mailer = createMailer({
      config: t.config,
      translator: createTranslator(),
      tenancy: t.tenancy,
      log: t.app.log,
    });
    const reminders = createQuestionReminders({
      tenancy: t.tenancy,
      mailer,
      config: t.config,
      translator: createTranslator(),
    });
    expect(await reminders.remindOverdue()).toBe(2);
    expect(await reminders.remindOverdue()).toBe(0);
    const [mail] = await mailsTo([w.ids.expert], 'question_overdue');
    expect(mail?.textBody).toContain(q.reference);
    expect(await mailsTo([w.ids.bgExpert], 'question_overdue')).toHaveLength(0);
  });

  it('finds questions by words in either script', async () => {
    const q = await submit({ title: 'Јубиларна награда запосленог', text: 'Када се исплаћује?' });
    for (const word of ['jubilarna', 'ЈУБИЛАРНА', 'награда исплаћује']) {
      const found = (await w.c.expert.get(`${base}?q=${encodeURIComponent(word)}`)).json() as Page<Question>;
      expect(found.items.map((i) => i.id)).toEqual([q.id]);
    }
    const byArea = (await w.c.hr.get(`${base}?areaCode=finance`)).json() as Page<Question>;
    expect(byArea.items).toHaveLength(0);
  });

  it('pages through the list with a cursor', async () => {
    const first = (await w.c.expert.get(`${base}?limit=2`)).json() as Page<Question>;
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await w.c.expert.get(`${base}?limit=2&cursor=${first.nextCursor}`)
    ).json() as Page<Question>;
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    const queue = (await w.c.expert.get(`${base}?queue=open&limit=1`)).json() as Page<Question>;
    const next = (await w.c.expert.get(`${base}?queue=open&limit=1&cursor=${queue.nextCursor}`)).json();
    expect((next as Page<Question>).items[0]?.id).not.toBe(queue.items[0]?.id);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = await questionCount();
    const bgLaw = await insertLaw(t, w.bgBody, 'BG');
    const cases: Array<[object, string, string]> = [
      [{ areaCode: 'astrology' }, 'areaCode', 'unknown_area'],
      [{ subtopicCode: 'budget' }, 'subtopicCode', 'unknown_subtopic'],
      [{ lawRefs: [{ lawId: crypto.randomUUID(), article: '1' }] }, 'lawRefs', 'unknown_law'],
      [{ lawRefs: [{ lawId: bgLaw, article: '1' }] }, 'lawRefs', 'unknown_law'],
      [{ bodyId: w.academy }, 'bodyId', 'not_an_association'],
      [{ bodyId: w.bgBody }, 'bodyId', 'not_an_association'],
      [{ bodyId: w.other }, 'bodyId', 'not_an_association'],
    ];
    for (const [over, field, code] of cases) {
      const res = await w.c.hr.post(base, ask(over));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const short = await w.c.hr.post(base, ask({ title: 'Зашт' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('title');
    const q = await submit();
    const badAnswer = await act(w.c.admin, q.id, 'claim');
    expect(badAnswer.statusCode).toBe(200);
    const res = await act(w.c.admin, q.id, 'answer', {
      text: 'x',
      lawRefs: [{ lawId: bgLaw, article: '1' }],
    });
    expect(res.json().errors[0]).toMatchObject({ field: 'lawRefs', code: 'unknown_law' });
    expect((await w.c.hr.get(`${base}/${q.id}`)).json().status).toBe('claimed');
    expect(await questionCount()).toBe(before + 1);
  });

  it('refuses wrong-state moves with a translated conflict', async () => {
    const q = await submit();
    const conflictOf = async (res: Awaited<ReturnType<typeof act>>) => {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('question_status');
      expect(res.json().title).toBe('Not possible now');
    };
    await conflictOf(await act(w.c.hr, q.id, 'accept'));
    await conflictOf(await act(w.c.hr, q.id, 'reply', { text: 'x' }));
    await conflictOf(await act(w.c.expert, q.id, 'answer', { text: 'x' }));
    await conflictOf(await act(w.c.expert, q.id, 'ask-back', { text: 'x' }));
    await conflictOf(await act(w.c.expert, q.id, 'release'));
    // Another expert may not take it over; the association's administrator may.
    await moved(w.c.expert, q.id, 'claim');
    const tag = Math.random().toString(36).slice(2, 8);
    await t.user({ email: `expert2-${tag}@skgo.test`, role: 'expert', organisationId: w.body });
    const second = await t.login(`expert2-${tag}@skgo.test`);
    const taken = await act(second, q.id, 'claim');
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('question_claimed');
    expect((await act(second, q.id, 'answer', { text: 'x' })).json().code).toBe('question_claimed');
    expect((await moved(w.c.admin, q.id, 'claim')).expertId).toBe(w.ids.admin);
    expect((await moved(w.c.admin, q.id, 'release')).status).toBe('submitted');
    await moved(w.c.hr, q.id, 'withdraw');
    await conflictOf(await act(w.c.hr, q.id, 'withdraw'));
    await conflictOf(await act(w.c.expert, q.id, 'claim'));
    const sr = await t.login(await emailOf(w.ids.hr), undefined, 'sr-Cyrl');
    const translated = await act(sr, q.id, 'accept');
    expect(translated.json().title).toBe('Сада није могуће');
  });
});

async function emailOf(userId: string): Promise<string> {
  const [row] = await t.tenancy.run(systemScope, (tx) =>
    tx.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  );
  return row?.email ?? '';
}
