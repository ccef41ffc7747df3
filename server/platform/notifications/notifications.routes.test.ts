import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import type { Notification, NotificationSettings } from '../../../contracts/notifications';
import { systemScope } from '../../db/tenancy';
import { users } from '../../modules/identity/identity.tables';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { mailOutbox } from '../mail/mail.tables';

let t: TestApp;
let w: AdvisoryWorld;

type Bell = { items: Notification[]; nextCursor: string | null; unread: number };

const bell = async (client: AdvisoryWorld['c']['hr'], query = '') => {
  const res = await client.get(`/api/v1/notifications${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Bell;
};

const mailsTo = (userId: string, template: string) =>
  t.tenancy.run(systemScope, async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    return tx
      .select()
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.recipient, [user?.email ?? '']), eq(mailOutbox.template, template)));
  });

/** The asker's municipality asks, the association's expert claims and answers. */
async function answeredQuestion(): Promise<QuestionDetail> {
  const asked = await w.c.hr.post('/api/v1/questions', {
    organisationId: w.municipality,
    bodyId: w.body,
    title: 'Пробни рад',
    text: 'Колико траје пробни рад службеника?',
    areaCode: 'employment',
    subtopicCode: 'recruitment',
    lawRefs: [],
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const q = asked.json() as QuestionDetail;
  expect((await w.c.expert.post(`/api/v1/questions/${q.id}/claim`)).statusCode).toBe(200);
  const answered = await w.c.expert.post(`/api/v1/questions/${q.id}/answer`, { text: 'Шест месеци.' });
  expect(answered.statusCode, answered.body).toBe(200);
  return q;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(() => t.close());

describe('notifications', () => {
  it('tells the asker of an answer by e-mail and in the app, the title in their language', async () => {
    const q = await answeredQuestion();
    const mine = await bell(w.c.hr);
    const answered = mine.items.find((n) => n.template === 'question_answered');
    expect(answered).toMatchObject({ path: `/advice/${q.id}`, readAt: null });
    const [mail] = await mailsTo(w.ids.hr, 'question_answered');
    expect(answered?.title).toBe(mail?.subject);
    expect(answered?.title).toContain(q.reference);
    expect(mine.unread).toBeGreaterThanOrEqual(1);
    // The experts heard of the new question in their bell too.
    expect((await bell(w.c.expert)).items.map((n) => n.template)).toContain('question_submitted');
  });

  it('follows the user’s channels per topic', async () => {
    const before = await bell(w.c.hr);
    const res = await w.c.hr.put('/api/v1/me/notification-settings', {
      topics: { advice: { email: false, inApp: true } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const settings = res.json() as NotificationSettings;
    expect(settings.topics.advice).toEqual({ email: false, inApp: true });
    expect(settings.topics.learning).toEqual({ email: true, inApp: true });

    const mailsBefore = (await mailsTo(w.ids.hr, 'question_answered')).length;
    await answeredQuestion();
    expect(await mailsTo(w.ids.hr, 'question_answered')).toHaveLength(mailsBefore);
    const after = await bell(w.c.hr);
    expect(after.unread).toBe(before.unread + 1);

    // Another topic left out of a later update keeps its choice.
    await w.c.hr.put('/api/v1/me/notification-settings', {
      topics: { learning: { email: false, inApp: false } },
    });
    const read = (await w.c.hr.get('/api/v1/me/notification-settings')).json() as NotificationSettings;
    expect(read.topics).toMatchObject({
      advice: { email: false, inApp: true },
      learning: { email: false, inApp: false },
      practices: { email: true, inApp: true },
    });
    // Somebody else's defaults are untouched.
    const theirs = (await w.c.otherHr.get('/api/v1/me/notification-settings')).json() as NotificationSettings;
    expect(theirs.topics.advice).toEqual({ email: true, inApp: true });
  });

  it('keeps each user to their own notifications', async () => {
    const mine = await bell(w.c.hr);
    const first = mine.items[0] as Notification;
    expect((await bell(w.c.otherHr)).items.map((n) => n.id)).not.toContain(first.id);
    const other = await w.c.otherHr.post('/api/v1/notifications/read', { ids: [first.id] });
    expect(other.statusCode).toBe(200);
    expect((await bell(w.c.hr)).items.find((n) => n.id === first.id)?.readAt).toBeNull();
    await w.c.otherHr.post('/api/v1/notifications/read', {});
    expect((await bell(w.c.hr)).unread).toBe(mine.unread);

    expect((await w.c.hr.post('/api/v1/notifications/read', { ids: [first.id] })).statusCode).toBe(200);
    const after = await bell(w.c.hr);
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.find((n) => n.id === first.id)?.readAt).not.toBeNull();
    expect((await bell(w.c.hr, '?unread=true')).items.map((n) => n.id)).not.toContain(first.id);

    await w.c.hr.post('/api/v1/notifications/read', {});
    expect((await bell(w.c.hr)).unread).toBe(0);
  });

  it('pages newest first', async () => {
    const all = await bell(w.c.hr);
    const one = await bell(w.c.hr, '?limit=1');
    expect(one.items[0]?.id).toBe(all.items[0]?.id);
    const next = await bell(w.c.hr, `?limit=1&cursor=${one.nextCursor}`);
    expect(next.items[0]?.id).toBe(all.items[1]?.id);
  });

  it('refuses bad input and strangers', async () => {
    const badIds = await w.c.hr.post('/api/v1/notifications/read', { ids: ['nope'] });
    expect(badIds.statusCode).toBe(400);
    expect(badIds.json().errors[0].field).toBe('ids.0');
    const badTopic = await w.c.hr.put('/api/v1/me/notification-settings', {
      topics: { gossip: { email: true, inApp: true } },
    });
    expect(badTopic.statusCode).toBe(400);
    const badChannel = await w.c.hr.put('/api/v1/me/notification-settings', {
      topics: { advice: { email: 'yes', inApp: true } },
    });
    expect(badChannel.statusCode).toBe(400);
    expect(badChannel.json().errors[0].field).toBe('topics.advice.email');
    expect((await w.c.hr.get('/api/v1/notifications?limit=500')).statusCode).toBe(400);
    expect((await w.c.hr.get('/api/v1/notifications?cursor=xx')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    const settings = (await w.c.hr.get('/api/v1/me/notification-settings')).json() as NotificationSettings;
    expect(settings.topics.advice).toEqual({ email: false, inApp: true });
  });
});
