import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { systemScope } from '../../db/tenancy';
import { addDays, today } from '../../platform/days';
import { createTranslator } from '../../platform/i18n/i18n';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { createMailer } from '../../platform/mail/mailer';
import {
  addEmployees,
  insertProgramme,
  type LearningWorld,
  learningWorld,
} from '../../test/learning-fixture';
import { sessionBody } from '../../test/learning-sessions';
import { startTestApp, type TestApp } from '../../test/test-app';
import { certificates } from './enrolments.tables';
import { createLearningReminders } from './learning-reminders';
import { trainingSessions } from './sessions.tables';

let t: TestApp;
let w: LearningWorld;
let staff: string[];

type Items<T> = { items: T[] };
const json = <T>(res: { json(): unknown }) => res.json() as T;

async function post(body: ReturnType<typeof sessionBody>) {
  const res = await w.c.admin.post('/api/v1/sessions', body);
  expect(res.statusCode, res.body).toBe(201);
  return json<Session>(res);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
  staff = await addEmployees(t, w.municipality, 5, { orgUnitId: w.unit.id });
});
afterAll(() => t.close());

describe('organising a session', () => {
  it('creates one with its days, trainers, reference and seats', async () => {
    const s = await post(sessionBody(w, { capacity: 25, length: 3 }));
    expect(s).toMatchObject({
      programmeTitle: { nameLatin: 'Upravni postupak u praksi' },
      organiserNameLatin: 'Nacionalna akademija',
      capacity: 25,
      hours: 18,
      confirmed: 0,
      registration: 'open',
      trainers: [{ id: w.trainer }],
    });
    expect(s.days.map((d) => d.date)).toEqual([10, 11, 12].map((n) => addDays(today(), n)));
    expect(s.reference).toMatch(/^\d{4}-\d{3}$/);
  });

  it.each([
    [{ venue: null }, 'venue', 'required'],
    [{ mode: 'live_online' as const }, 'onlineUrl', 'required'],
    [{ mode: 'distance' as const }, 'mode', 'not_programme_mode'],
    [{ registrationCloses: addDays(today(), 30) }, 'registrationCloses', 'after_first_day'],
    [{ cancelUntil: addDays(today(), 30) }, 'cancelUntil', 'after_first_day'],
    [{ trainerIds: ['00000000-0000-4000-8000-000000000001'] }, 'trainerIds.0', 'unknown_trainer'],
    [{ capacity: 0 }, 'capacity', undefined],
  ])('refuses %j naming %s', async (override, field, code) => {
    const before = json<{ items: Session[] }>(await w.c.admin.get('/api/v1/sessions?limit=200')).items.length;
    const res = await w.c.admin.post('/api/v1/sessions', sessionBody(w, override));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ errors: [{ field, ...(code ? { code } : {}) }] });
    expect(json<{ items: Session[] }>(await w.c.admin.get('/api/v1/sessions?limit=200')).items.length).toBe(
      before,
    );
  });

  it('refuses days out of order and a day that ends before it starts', async () => {
    const body = sessionBody(w);
    const res = await w.c.admin.post('/api/v1/sessions', { ...body, days: [...body.days].reverse() });
    expect(res.json()).toMatchObject({ errors: [{ field: 'days.1.date', code: 'not_in_order' }] });
    const short = { ...body, days: [{ date: body.days[0]?.date, startsAt: '12:00', endsAt: '11:00' }] };
    expect((await w.c.admin.post('/api/v1/sessions', short)).json()).toMatchObject({
      errors: [{ field: 'days.0.endsAt', code: 'not_after_start' }],
    });
  });

  it('keeps organising to the organiser', async () => {
    expect((await w.c.employee.post('/api/v1/sessions', sessionBody(w))).statusCode).toBe(403);
    expect((await w.c.hr.post('/api/v1/sessions', sessionBody(w))).statusCode).toBe(404);
    expect((await w.c.bgAdmin.post('/api/v1/sessions', sessionBody(w))).statusCode).toBe(404);
    // A Bulgarian programme cannot be delivered by the Serbian academy.
    const res = await w.c.admin.post('/api/v1/sessions', sessionBody(w, { programmeId: w.bgProgramme }));
    expect(res.json()).toMatchObject({ errors: [{ field: 'programmeId', code: 'other_country' }] });
    const s = await post(sessionBody(w));
    expect((await w.c.hr.patch(`/api/v1/sessions/${s.id}`, { capacity: 5 })).statusCode).toBe(403);
    expect((await w.c.bgAdmin.patch(`/api/v1/sessions/${s.id}`, { capacity: 5 })).statusCode).toBe(403);
  });

  it('shows drafts to the organiser only, and announced sessions to the country', async () => {
    const draft = await post(sessionBody(w, { status: 'draft' }));
    expect((await w.c.hr.get(`/api/v1/sessions/${draft.id}`)).statusCode).toBe(404);
    const pub = json<Items<Session>>(
      await t.app.inject({ url: `/api/v1/public/sessions?programmeId=${w.programme}` }),
    );
    expect(pub.items.map((s) => s.id)).not.toContain(draft.id);
    await w.c.admin.patch(`/api/v1/sessions/${draft.id}`, { status: 'scheduled' });
    expect(json<Session>(await w.c.hr.get(`/api/v1/sessions/${draft.id}`)).status).toBe('scheduled');
    const again = json<Items<Session>>(
      await t.app.inject({ url: `/api/v1/public/sessions?programmeId=${w.programme}&limit=200` }),
    );
    expect(again.items.map((s) => s.id)).toContain(draft.id);
  });

  it('lists and reads announced sessions in the reader’s own country only', async () => {
    const rs = await post(sessionBody(w));
    const res = await w.c.bgAdmin.post(
      '/api/v1/sessions',
      sessionBody(w, { programmeId: w.bgProgramme, organiserId: w.bgBody, trainerIds: [] }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const bg = json<Session>(res);
    const ids = async (client: (typeof w.c)['hr'], query = '') =>
      json<Items<Session>>(await client.get(`/api/v1/sessions?limit=200${query}`)).items.map((s) => s.id);

    const bgList = await ids(w.c.bgHr);
    expect(bgList).toContain(bg.id);
    expect(bgList).not.toContain(rs.id);
    expect(await ids(w.c.bgHr, '&country=RS')).toEqual([]);
    expect((await w.c.bgHr.get(`/api/v1/sessions/${rs.id}`)).statusCode).toBe(404);
    expect(await ids(w.c.hr)).not.toContain(bg.id);
    expect((await w.c.hr.get(`/api/v1/sessions/${bg.id}`)).statusCode).toBe(404);

    await t.user({ email: `root-${rs.id}@kadar.test`, role: 'platform_admin', organisationId: w.academy });
    const root = await t.login(`root-${rs.id}@kadar.test`);
    expect(await ids(root)).toEqual(expect.arrayContaining([rs.id, bg.id]));
    expect(await ids(root, '&country=BG')).not.toContain(rs.id);
    expect((await root.get(`/api/v1/sessions/${bg.id}`)).statusCode).toBe(200);
  });

  it('keeps capacity above the seats taken and fills new seats from the waiting list', async () => {
    const s = await post(sessionBody(w, { capacity: 1 }));
    await w.c.hr.post('/api/v1/enrolments', { sessionId: s.id, employeeIds: staff.slice(0, 3) });
    const low = await w.c.admin.patch(`/api/v1/sessions/${s.id}`, { capacity: 0 });
    expect(low.statusCode).toBe(400);
    const grown = json<Session>(await w.c.admin.patch(`/api/v1/sessions/${s.id}`, { capacity: 2 }));
    expect([grown.confirmed, grown.waitlisted]).toEqual([2, 1]);
    expect((await w.c.admin.patch(`/api/v1/sessions/${s.id}`, { status: 'draft' })).json()).toMatchObject({
      code: 'session_has_enrolments',
    });
  });

  it('cancels a session, freeing every place and telling the participants', async () => {
    const s = await post(sessionBody(w));
    await w.c.hr.post('/api/v1/enrolments', { sessionId: s.id, employeeIds: [w.employeeRecord] });
    expect((await w.c.admin.post(`/api/v1/sessions/${s.id}/cancel`, {})).statusCode).toBe(400);
    const res = await w.c.admin.post(`/api/v1/sessions/${s.id}/cancel`, { reason: 'Предавач је болестан' });
    expect(json<Session>(res)).toMatchObject({ status: 'cancelled', confirmed: 0 });
    const mine = json<Items<Enrolment>>(await w.c.employee.get(`/api/v1/enrolments?sessionId=${s.id}`));
    expect(mine.items.map((e) => [e.status, e.cancelReason])).toEqual([
      ['cancelled', 'Предавач је болестан'],
    ]);
    const mails = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(mailOutbox).where(eq(mailOutbox.template, 'training_cancelled')),
    );
    expect(
      mails.some(
        (m) =>
          m.subject.includes('Upravni') ||
          m.subject.includes('Управни') ||
          m.subject.includes('Administrative'),
      ),
    ).toBe(true);
    expect((await w.c.admin.post(`/api/v1/sessions/${s.id}/cancel`, { reason: 'x' })).statusCode).toBe(409);
  });
});

describe('attendance, check-in and completion', () => {
  let s: Session;
  let places: Enrolment[];

  beforeAll(async () => {
    s = await post(sessionBody(w, { startsIn: 0, length: 1, requiresApproval: false }));
    const res = await w.c.hr.post('/api/v1/enrolments', {
      sessionId: s.id,
      employeeIds: [w.employeeRecord, ...staff.slice(0, 2)],
    });
    places = json<Items<Enrolment>>(res).items;
  });

  it('lets the trainer keep the register and nobody outside the session', async () => {
    const dayId = s.days[0]?.id as string;
    const entries = [{ enrolmentId: places[1]?.id, present: true }];
    expect((await w.c.hr.put(`/api/v1/sessions/${s.id}/attendance`, { dayId, entries })).statusCode).toBe(
      403,
    );
    expect(
      (await w.c.employee.put(`/api/v1/sessions/${s.id}/attendance`, { dayId, entries })).statusCode,
    ).toBe(403);
    const res = await w.c.trainer.put(`/api/v1/sessions/${s.id}/attendance`, {
      dayId,
      entries: [
        { enrolmentId: places[1]?.id, present: true },
        { enrolmentId: places[2]?.id, present: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      json<Items<{ present: boolean }>>(res)
        .items.map((m) => m.present)
        .sort(),
    ).toEqual([false, true]);
  });

  it('refuses marks for someone not in the session or a day of another session', async () => {
    const dayId = s.days[0]?.id as string;
    const stranger = await w.c.trainer.put(`/api/v1/sessions/${s.id}/attendance`, {
      dayId,
      entries: [{ enrolmentId: '00000000-0000-4000-8000-000000000002', present: true }],
    });
    expect(stranger.json()).toMatchObject({
      errors: [{ field: 'entries.0.enrolmentId', code: 'not_participant' }],
    });
    const other = await post(sessionBody(w));
    const wrongDay = await w.c.admin.put(`/api/v1/sessions/${s.id}/attendance`, {
      dayId: other.days[0]?.id,
      entries: [{ enrolmentId: places[1]?.id, present: true }],
    });
    expect(wrongDay.json()).toMatchObject({ errors: [{ field: 'dayId', code: 'not_session_day' }] });
    const future = await w.c.admin.put(`/api/v1/sessions/${other.id}/attendance`, {
      dayId: other.days[0]?.id,
      entries: [{ enrolmentId: places[1]?.id, present: true }],
    });
    expect(future.json()).toMatchObject({ errors: [{ field: 'dayId', code: 'day_in_future' }] });
  });

  it('checks a participant in with the day’s QR code', async () => {
    const dayId = s.days[0]?.id as string;
    expect((await w.c.employee.get(`/api/v1/sessions/${s.id}/days/${dayId}/check-in`)).statusCode).toBe(403);
    const code = json<{ token: string; url: string; qrSvg: string }>(
      await w.c.trainer.get(`/api/v1/sessions/${s.id}/days/${dayId}/check-in`),
    );
    expect(code.url).toBe(`http://kadar.test/check-in/${code.token}`);
    expect(code.qrSvg).toContain('<svg');
    expect((await w.c.hr.post('/api/v1/check-in', { token: code.token })).json()).toMatchObject({
      code: 'not_participant',
    });
    expect((await w.c.employee.post('/api/v1/check-in', { token: 'x'.repeat(32) })).statusCode).toBe(404);
    const res = await w.c.employee.post('/api/v1/check-in', { token: code.token });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<{ enrolmentId: string }>(res).enrolmentId).toBe(places[0]?.id);
  });

  it('completes the session by the attendance rule and issues certificates', async () => {
    const future = await post(sessionBody(w));
    expect((await w.c.admin.post(`/api/v1/sessions/${future.id}/complete`)).json()).toMatchObject({
      code: 'session_not_over',
    });
    expect((await w.c.hr.post(`/api/v1/sessions/${s.id}/complete`)).statusCode).toBe(403);
    const res = await w.c.admin.post(`/api/v1/sessions/${s.id}/complete`);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Session>(res).status).toBe('completed');
    const after = json<Items<Enrolment>>(await w.c.hr.get(`/api/v1/enrolments?sessionId=${s.id}`)).items;
    const byId = new Map(after.map((e) => [e.id, e]));
    expect(byId.get(places[0]?.id as string)).toMatchObject({ status: 'completed', attendedDays: 1 });
    expect(byId.get(places[1]?.id as string)).toMatchObject({
      status: 'completed',
      certificateId: expect.any(String),
    });
    expect(byId.get(places[2]?.id as string)).toMatchObject({ status: 'not_completed', certificateId: null });
    const issued = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(certificates).where(eq(certificates.sessionId, s.id)),
    );
    expect(issued.length).toBe(2);
    expect((await w.c.admin.post(`/api/v1/sessions/${s.id}/complete`)).statusCode).toBe(409);
    const closed = await w.c.trainer.put(`/api/v1/sessions/${s.id}/attendance`, {
      dayId: s.days[0]?.id,
      entries: [{ enrolmentId: places[2]?.id, present: true }],
    });
    expect(closed.statusCode).toBe(409);
  });

  it('issues no certificate where the programme gives none', async () => {
    const programme = await insertProgramme(t, w.academy, 'RS', { issuesCertificate: false });
    const plain = await post(
      sessionBody(w, { programmeId: programme, startsIn: 0, length: 1, requiresApproval: false }),
    );
    const [place] = json<Items<Enrolment>>(
      await w.c.hr.post('/api/v1/enrolments', { sessionId: plain.id, employeeIds: [staff[3] as string] }),
    ).items;
    await w.c.admin.put(`/api/v1/sessions/${plain.id}/attendance`, {
      dayId: plain.days[0]?.id,
      entries: [{ enrolmentId: place?.id, present: true }],
    });
    await w.c.admin.post(`/api/v1/sessions/${plain.id}/complete`);
    const [done] = json<Items<Enrolment>>(await w.c.hr.get(`/api/v1/enrolments?sessionId=${plain.id}`)).items;
    expect(done).toMatchObject({ status: 'completed', certificateId: null });
  });
});

describe('the daily reminder', () => {
  it('tells the seated participants once, a few days before the start', async () => {
    const soon = await post(sessionBody(w, { startsIn: 2, requiresApproval: false }));
    const later = await post(sessionBody(w, { startsIn: 20, requiresApproval: false }));
    for (const s of [soon, later])
      await w.c.hr.post('/api/v1/enrolments', { sessionId: s.id, employeeIds: [w.employeeRecord] });
    const translator = createTranslator();
    const mailer = createMailer({ config: t.config, translator, tenancy: t.tenancy, log: t.app.log });
    const reminders = createLearningReminders({ tenancy: t.tenancy, mailer, config: t.config, translator });
    const reminded = async () =>
      (
        await t.tenancy.run(systemScope, (tx) =>
          tx.select().from(mailOutbox).where(eq(mailOutbox.template, 'training_reminder')),
        )
      ).filter((m) => m.textBody.includes('/my-learning'));
    const before = (await reminded()).length;
    expect(await reminders.remindUpcoming()).toBeGreaterThanOrEqual(1);
    const sent = (await reminded()).length - before;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await reminders.remindUpcoming()).toBe(0);
    const [laterRow] = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(trainingSessions).where(eq(trainingSessions.id, later.id)),
    );
    expect(laterRow?.remindedAt).toBeNull();
  });
});
