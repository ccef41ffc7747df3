import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { TrainingRequest } from '../../../contracts/training-requests';
import { systemScope } from '../../db/tenancy';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { insertProgramme, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { users } from '../identity/identity.tables';
import { trainingRequests } from './enrolments.tables';
import { trainingSessions } from './sessions.tables';

let t: TestApp;
let w: LearningWorld;

const ask = (over: object = {}) => ({
  organisationId: w.municipality,
  bodyId: w.academy,
  programmeId: w.programme,
  topic: 'Управни поступак за нове службенике',
  preferredFrom: '2030-03-01',
  preferredTo: '2030-03-31',
  participants: 18,
  note: 'Пожељно у Новом Пазару.',
  ...over,
});

const schedule = (over: object = {}) => ({
  programmeId: w.programme,
  status: 'scheduled',
  mode: 'in_person',
  venue: 'Нови Пазар, велика сала',
  days: [{ date: '2030-03-10', startsAt: '09:00', endsAt: '15:00' }],
  capacity: 20,
  registrationOpens: '2030-02-01',
  registrationCloses: '2030-03-05',
  cancelUntil: '2030-03-05',
  ...over,
});

/** The messages queued for these users, oldest first. */
const mailsTo = (userIds: string[]) =>
  t.tenancy.run(systemScope, async (tx) => {
    const emails = (
      await tx.select({ email: users.email }).from(users).where(inArray(users.id, userIds))
    ).map((u) => u.email);
    return tx
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.recipient, emails))
      .orderBy(mailOutbox.createdAt);
  });

const submit = async (over: object = {}) => {
  const res = await w.c.hr.post('/api/v1/training-requests', ask(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TrainingRequest;
};

const act = (client = w.c.admin, id: string, step: string, body: object = {}) =>
  client.post(`/api/v1/training-requests/${id}/${step}`, body);

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
});
afterAll(() => t.close());

describe('asking for a training', () => {
  it('submits a request, names both sides and tells the body’s administrators', async () => {
    const request = await submit();
    expect(request).toMatchObject({
      status: 'submitted',
      organisationName: 'Нови Пазар',
      bodyName: 'Национална академија',
      bodyNameLatin: 'Nacionalna akademija',
      answer: null,
      sessionId: null,
    });
    const mails = await mailsTo([w.ids.admin]);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'training_request_submitted', organisationId: w.academy });
    expect(mails[0]?.subject).toContain('Novi Pazar');
    expect(mails[0]?.textBody).toContain(`/training-requests/${request.id}`);
    expect(mails[0]?.textBody).toContain('18');
    expect(await mailsTo([w.ids.trainer])).toHaveLength(0);
  });

  it('names the field of bad input and changes nothing', async () => {
    const bgProgramme = w.bgProgramme;
    const draft = await insertProgramme(t, w.academy, 'RS', { status: 'draft' });
    const cases: Array<[object, string, string]> = [
      [{ bodyId: w.bgBody }, 'bodyId', 'not_a_national_body'],
      [{ bodyId: w.other }, 'bodyId', 'not_a_national_body'],
      [{ bodyId: crypto.randomUUID() }, 'bodyId', 'not_a_national_body'],
      [{ programmeId: bgProgramme }, 'programmeId', 'unknown_programme'],
      [{ programmeId: draft }, 'programmeId', 'unknown_programme'],
      [{ preferredTo: '2030-02-28' }, 'preferredTo', 'before_start'],
      [{ participants: 0 }, 'participants', 'too_small'],
      [{ topic: ' ' }, 'topic', 'too_small'],
    ];
    for (const [change, field, code] of cases) {
      const res = await w.c.hr.post('/api/v1/training-requests', ask(change));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const fromBody = await w.c.admin.post('/api/v1/training-requests', ask({ organisationId: w.academy }));
    expect(fromBody.json().errors[0]).toMatchObject({ field: 'organisationId', code: 'not_a_municipality' });
    expect((await w.c.hr.get('/api/v1/training-requests')).json().items).toHaveLength(1);
    // The mail goes in the request's transaction: refused requests told nobody.
    expect(await mailsTo([w.ids.admin])).toHaveLength(1);
  });

  it('lets only the municipality’s managers ask for it', async () => {
    expect((await w.c.employee.post('/api/v1/training-requests', ask())).statusCode).toBe(403);
    expect((await w.c.manager.post('/api/v1/training-requests', ask())).statusCode).toBe(403);
    expect((await w.c.otherHr.post('/api/v1/training-requests', ask())).statusCode).toBe(404);
    expect((await w.c.bgHr.post('/api/v1/training-requests', ask())).statusCode).toBe(404);
  });
});

describe('answering', () => {
  let request: TrainingRequest;
  beforeAll(async () => {
    request = (await w.c.hr.get('/api/v1/training-requests')).json().items[0];
  });

  it('keeps the request within the two sides', async () => {
    expect((await w.c.admin.get(`/api/v1/training-requests/${request.id}`)).statusCode).toBe(200);
    for (const client of [w.c.otherHr, w.c.bgAdmin, w.c.bgHr])
      expect((await client.get(`/api/v1/training-requests/${request.id}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get('/api/v1/training-requests')).json().items).toHaveLength(0);
    expect((await w.c.employee.get('/api/v1/training-requests')).statusCode).toBe(403);
    for (const client of [w.c.otherHr, w.c.bgAdmin]) {
      expect((await act(client, request.id, 'accept')).statusCode).toBe(404);
      expect((await act(client, request.id, 'withdraw')).statusCode).toBe(404);
    }
    // The municipality cannot answer its own request, nor the body withdraw it.
    expect((await act(w.c.hr, request.id, 'accept')).statusCode).toBe(403);
    expect((await act(w.c.admin, request.id, 'withdraw')).statusCode).toBe(403);
    expect((await act(w.c.trainer, request.id, 'accept')).statusCode).toBe(403);
    expect((await w.c.hr.get(`/api/v1/training-requests/${request.id}`)).json().status).toBe('submitted');
  });

  it('accepts it, telling the municipality’s HR officers in their language', async () => {
    const res = await act(w.c.admin, request.id, 'accept', { answer: 'Предлажемо март.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', answer: 'Предлажемо март.' });
    const mails = await mailsTo([w.ids.hr]);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.template).toBe('training_request_answered');
    expect(mails[0]?.subject).toContain('accepted');
    expect(mails[0]?.textBody).toContain('Nacionalna akademija');
    expect(mails[0]?.textBody).toContain('Предлажемо март.');
    expect((await act(w.c.admin, request.id, 'accept')).json().code).toBe('training_request_status');
  });

  it('schedules it: the session is created for the municipality alone, in the same step', async () => {
    const bad = await act(w.c.admin, request.id, 'schedule', schedule({ venue: null }));
    expect(bad.json().errors[0]).toMatchObject({ field: 'venue', code: 'required' });
    const noSessions = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(trainingSessions).where(eq(trainingSessions.organiserId, w.academy)),
    );
    expect(noSessions).toHaveLength(0);
    expect((await act(w.c.hr, request.id, 'schedule', schedule())).statusCode).toBe(403);
    const res = await act(w.c.admin, request.id, 'schedule', schedule());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('scheduled');
    const [session] = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(trainingSessions).where(eq(trainingSessions.id, res.json().sessionId)),
    );
    expect(session).toMatchObject({
      organiserId: w.academy,
      restrictedToId: w.municipality,
      status: 'scheduled',
    });
    expect((await mailsTo([w.ids.hr])).at(-1)?.subject).toContain('scheduled');
    const view = await w.c.hr.get(`/api/v1/sessions/${res.json().sessionId}`);
    expect(view.json()).toMatchObject({
      restrictedToName: 'Нови Пазар',
      restrictedToNameLatin: 'Novi Pazar',
    });
    expect((await act(w.c.admin, request.id, 'decline', { answer: 'Касно.' })).statusCode).toBe(409);
    expect((await act(w.c.hr, request.id, 'withdraw')).json().code).toBe('training_request_status');
    const events = (await w.c.admin.get(`/api/v1/audit-events?entityId=${request.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'training_request.accept',
      'training_request.schedule',
    ]);
  });

  it('declines only with a reason, and never a request already withdrawn', async () => {
    const declined = await submit({ topic: 'Јавне набавке' });
    const noReason = await act(w.c.admin, declined.id, 'decline', {});
    expect(noReason.json().errors[0]).toMatchObject({ field: 'answer' });
    const res = await act(w.c.admin, declined.id, 'decline', { answer: 'Нема слободних тренера.' });
    expect(res.json()).toMatchObject({ status: 'declined', answer: 'Нема слободних тренера.' });
    const withdrawn = await submit({ topic: 'Етика' });
    expect((await act(w.c.hr, withdrawn.id, 'withdraw')).json().status).toBe('withdrawn');
    expect((await act(w.c.admin, withdrawn.id, 'decline', { answer: 'x' })).statusCode).toBe(409);
    expect((await act(w.c.admin, withdrawn.id, 'schedule', schedule())).statusCode).toBe(409);
  });
});

describe('listing', () => {
  it('shows each side its requests, newest first, a page at a time, by status and topic', async () => {
    const mine = (await w.c.hr.get('/api/v1/training-requests')).json().items as TrainingRequest[];
    expect(mine.map((r) => r.topic)).toEqual([
      'Етика',
      'Јавне набавке',
      'Управни поступак за нове службенике',
    ]);
    const addressed = (await w.c.admin.get(`/api/v1/training-requests?bodyId=${w.academy}`)).json().items;
    expect(addressed).toHaveLength(3);
    const declined = (await w.c.admin.get('/api/v1/training-requests?status=declined')).json().items;
    expect(declined.map((r: TrainingRequest) => r.topic)).toEqual(['Јавне набавке']);
    expect((await w.c.hr.get('/api/v1/training-requests?q=набавке')).json().items).toHaveLength(1);
    // Requests microseconds apart, within one millisecond, still page apart.
    await t.tenancy.run(systemScope, async (tx) => {
      for (const [i, r] of mine.entries())
        await tx
          .update(trainingRequests)
          .set({ createdAt: sql`'2030-01-01T00:00:00.0001Z'::timestamptz + ${i} * interval '1 microsecond'` })
          .where(eq(trainingRequests.id, r.id));
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/training-requests?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page<TrainingRequest> = (await w.c.hr.get(url)).json();
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(mine.map((r) => r.id).reverse());
    expect((await w.c.hr.get('/api/v1/training-requests?status=lost')).json().errors[0].field).toBe('status');
  });
});
