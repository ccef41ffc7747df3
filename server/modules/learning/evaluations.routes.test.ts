import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../contracts/calendar-months';
import type { EvaluationSummary } from '../../../contracts/learning-evaluations';
import { systemScope } from '../../db/tenancy';
import { addDays, today } from '../../platform/days';
import { createTranslator } from '../../platform/i18n/i18n';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { createMailer } from '../../platform/mail/mailer';
import { addEmployees, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import {
  insertEnrolmentRow,
  insertSessionRows,
  type SessionRows,
  setSessionStatus,
} from '../../test/learning-rows';
import { startTestApp, type TestApp } from '../../test/test-app';
import { evaluations } from './enrolments.tables';
import { askForImpact } from './evaluation-impact';

const participantRatings = { content: 5, trainer: 4, organisation: 3, usefulness: 4 };
const trainerRatings = { preparation: 4, engagement: 5, conditions: 3 };

describe('evaluations', () => {
  let t: TestApp;
  let w: LearningWorld;
  /** Held a year ago by the academy, with the world's trainer: every source may answer. */
  let session: SessionRows;
  const places = { own: '', failed: '', stranger: '', noUnit: '' };
  const days = [
    { date: '2025-01-09', startsAt: '09:00', endsAt: '15:00' },
    { date: '2025-01-10', startsAt: '09:00', endsAt: '15:00' },
  ];

  const evaluate = (who: keyof LearningWorld['c'], body: object, sessionId = session.id) =>
    w.c[who].post(`/api/v1/sessions/${sessionId}/evaluations`, body);
  const stored = () =>
    t.tenancy.run(systemScope, (tx) =>
      tx.select().from(evaluations).where(eq(evaluations.sessionId, session.id)),
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await learningWorld(t);
    session = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days,
      trainerIds: [w.trainer],
    });
    const place = (organisationId: string, employeeId: string, extra: object = {}) =>
      insertEnrolmentRow(t, { session, organiserId: w.academy, organisationId, employeeId, ...extra });
    places.own = await place(w.municipality, w.employeeRecord, { participantUserId: w.ids.employee });
    const [failed] = (await addEmployees(t, w.municipality, 1, { orgUnitId: w.unit.id })) as [string];
    places.failed = await place(w.municipality, failed, { status: 'not_completed' });
    const [noUnit] = (await addEmployees(t, w.municipality, 1)) as [string];
    places.noUnit = await place(w.municipality, noUnit);
    const [stranger] = (await addEmployees(t, w.other, 1)) as [string];
    places.stranger = await place(w.other, stranger);
  });
  afterAll(() => t.close());

  it('takes the participant’s rating once, anonymously, with exactly the form’s questions', async () => {
    const missing = await evaluate('employee', {
      source: 'participant',
      enrolmentId: places.own,
      ratings: { content: 5, trainer: 4, organisation: 3 },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ field: 'ratings', code: 'evaluation_questions' });
    const extra = await evaluate('employee', {
      source: 'participant',
      enrolmentId: places.own,
      ratings: { ...participantRatings, impact: 5 },
    });
    expect(extra.json().errors[0]).toMatchObject({ field: 'ratings', code: 'evaluation_questions' });
    const outOfScale = await evaluate('employee', {
      source: 'participant',
      enrolmentId: places.own,
      ratings: { ...participantRatings, content: 6 },
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().errors[0].field).toBe('ratings.content');
    const noPlace = await evaluate('employee', { source: 'participant', ratings: participantRatings });
    expect(noPlace.json().errors[0]).toMatchObject({ field: 'enrolmentId', code: 'required' });
    expect(await stored()).toHaveLength(0);

    const given = await evaluate('employee', {
      source: 'participant',
      enrolmentId: places.own,
      ratings: participantRatings,
      comment: '  Корисно, али прекратко.  ',
    });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      sessionId: session.id,
      enrolmentId: places.own,
      source: 'participant',
      ratings: participantRatings,
      comment: 'Корисно, али прекратко.',
      authorName: '',
    });
    const [row] = await stored();
    expect(row?.score).toBe(4);
    expect(row?.organisationId).toBe(w.municipality);
    expect(row?.organiserId).toBe(w.academy);
    const twice = await evaluate('employee', {
      source: 'participant',
      enrolmentId: places.own,
      ratings: participantRatings,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('evaluation_exists');
  });

  it('refuses a participant’s rating for someone else’s place, or across tenants', async () => {
    const body = { source: 'participant', enrolmentId: places.own, ratings: participantRatings };
    expect((await evaluate('manager', body)).statusCode).toBe(403);
    expect((await evaluate('hr', body)).statusCode).toBe(403);
    expect((await evaluate('otherHr', body)).statusCode).toBe(404);
    expect((await evaluate('bgHr', body)).statusCode).toBe(404);
    const stranger = await evaluate('employee', { ...body, enrolmentId: places.stranger });
    expect(stranger.statusCode).toBe(404);
    expect((await stored()).length).toBe(1);
  });

  it('opens evaluations only once the session is completed', async () => {
    const open = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      status: 'scheduled',
      days: [{ date: addDays(today(), -1), startsAt: '09:00', endsAt: '12:00' }],
      trainerIds: [w.trainer],
    });
    const place = await insertEnrolmentRow(t, {
      session: open,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: w.employeeRecord,
      participantUserId: w.ids.employee,
      status: 'confirmed',
    });
    const early = await evaluate(
      'employee',
      { source: 'participant', enrolmentId: place, ratings: participantRatings },
      open.id,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('evaluation_session_open');
    expect(
      (await evaluate('trainer', { source: 'trainer', ratings: trainerRatings }, open.id)).statusCode,
    ).toBe(409);
    // Completed, but the place was not: the participant still may not rate a cancelled place.
    await setSessionStatus(t, open.id, 'completed');
    const notHeld = await evaluate(
      'employee',
      { source: 'participant', enrolmentId: place, ratings: participantRatings },
      open.id,
    );
    expect(notHeld.json().code).toBe('evaluation_enrolment_open');
  });

  it('takes each assigned trainer’s rating once, under their name', async () => {
    const body = { source: 'trainer', ratings: trainerRatings, comment: 'Сала је била мала.' };
    expect((await evaluate('employee', body)).statusCode).toBe(403);
    expect((await evaluate('admin', body)).statusCode).toBe(403);
    const withPlace = await evaluate('trainer', { ...body, enrolmentId: places.own });
    expect(withPlace.json().errors[0]).toMatchObject({
      field: 'enrolmentId',
      code: 'evaluation_no_enrolment',
    });
    const given = await evaluate('trainer', body);
    expect(given.statusCode).toBe(201);
    expect(given.json().authorName).not.toBe('');
    expect(given.json().enrolmentId).toBeNull();
    expect((await evaluate('trainer', body)).statusCode).toBe(409);
  });

  it('takes the line manager’s impact rating once per place, after the country’s months', async () => {
    const body = { source: 'manager', enrolmentId: places.own, ratings: { impact: 4 } };
    expect((await evaluate('employee', body)).statusCode).toBe(403);
    expect((await evaluate('otherHr', body)).statusCode).toBe(404);
    const notCompleted = await evaluate('manager', { ...body, enrolmentId: places.failed });
    expect(notCompleted.json().code).toBe('evaluation_enrolment_open');
    // The manager's unit holds the employee, not the colleague without a unit: HR answers for them.
    expect((await evaluate('manager', { ...body, enrolmentId: places.noUnit })).statusCode).toBe(403);
    expect((await evaluate('hr', { ...body, enrolmentId: places.noUnit })).statusCode).toBe(201);
    const given = await evaluate('manager', body);
    expect(given.statusCode).toBe(201);
    expect(given.json().source).toBe('manager');
    const twice = await evaluate('hr', body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('evaluation_exists');
  });

  it('refuses the impact rating before the months have passed, naming the day it opens', async () => {
    const lastDay = addDays(today(), -10);
    const recent = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: [{ date: lastDay, startsAt: '09:00', endsAt: '12:00' }],
    });
    const place = await insertEnrolmentRow(t, {
      session: recent,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: w.employeeRecord,
      participantUserId: w.ids.employee,
    });
    const early = await evaluate(
      'manager',
      { source: 'manager', enrolmentId: place, ratings: { impact: 3 } },
      recent.id,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'evaluation_too_early' });
    expect(early.json().detail).toContain(addMonths(lastDay, 3));
  });

  it('takes the council’s rating from a national administrator of the session’s country only', async () => {
    const body = { source: 'council', ratings: { quality: 5, relevance: 4 } };
    expect((await evaluate('hr', body)).statusCode).toBe(403);
    expect((await evaluate('bgAdmin', body)).statusCode).toBe(404);
    expect((await evaluate('admin', body)).statusCode).toBe(201);
    expect((await evaluate('admin', body)).statusCode).toBe(409);
    // A municipality's own session: the council is not among its tenants, yet answers.
    const local = await insertSessionRows(t, { organiserId: w.municipality, programmeId: w.programme, days });
    const res = await evaluate('admin', body, local.id);
    expect(res.statusCode).toBe(201);
    expect((await evaluate('hr', body, local.id)).statusCode).toBe(403);
  });

  it('summarises per source for the organiser and the trainers, comments without names', async () => {
    const res = await w.c.admin.get(`/api/v1/sessions/${session.id}/evaluations/summary`);
    expect(res.statusCode).toBe(200);
    const summary = res.json() as EvaluationSummary;
    expect(summary.participantsCompleted).toBe(3);
    const by = Object.fromEntries(summary.sources.map((s) => [s.source, s]));
    expect(Object.keys(by)).toEqual(['participant', 'trainer', 'manager', 'council']);
    expect(by.participant).toEqual({
      source: 'participant',
      responses: 1,
      means: participantRatings,
      comments: ['Корисно, али прекратко.'],
    });
    expect(by.trainer?.comments).toEqual(['Сала је била мала.']);
    expect(by.manager).toMatchObject({ responses: 2, means: { impact: 4 } });
    expect(by.council).toMatchObject({ responses: 1, means: { quality: 5, relevance: 4 } });
    // Authors' names stay out of the summary (accounts are named after their e-mail here).
    expect(res.body).not.toMatch(/(trainer|admin|manager|hr)-[a-z0-9]{6}/);
    expect((await w.c.trainer.get(`/api/v1/sessions/${session.id}/evaluations/summary`)).statusCode).toBe(
      200,
    );
    for (const who of ['hr', 'employee', 'manager', 'otherHr'] as const)
      expect((await w.c[who].get(`/api/v1/sessions/${session.id}/evaluations/summary`)).statusCode).toBe(403);
    expect((await w.c.bgAdmin.get(`/api/v1/sessions/${session.id}/evaluations/summary`)).statusCode).toBe(
      404,
    );
  });

  it('tells each reader what they have already answered', async () => {
    const mine = async (who: keyof LearningWorld['c']) =>
      (await w.c[who].get(`/api/v1/sessions/${session.id}/evaluations/mine`)).json().items as Array<{
        source: string;
      }>;
    expect((await mine('employee')).map((e) => e.source)).toEqual(['participant']);
    expect((await mine('trainer')).map((e) => e.source)).toEqual(['trainer']);
    expect((await mine('manager')).map((e) => e.source)).toEqual(['manager']);
    expect(await mine('otherHr')).toEqual([]);
    expect((await w.c.bgHr.get(`/api/v1/sessions/${session.id}/evaluations/mine`)).statusCode).toBe(404);
  });
});

describe('asking line managers for the impact', () => {
  let t: TestApp;
  let w: LearningWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await learningWorld(t);
  });
  afterAll(() => t.close());

  it('e-mails the participant’s manager (or HR) once, when the country’s months have passed', async () => {
    const lastDay = addDays(addMonths(today(), -3), -5);
    const session = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: [{ date: lastDay, startsAt: '09:00', endsAt: '12:00' }],
    });
    const place = (employeeId: string, extra: object = {}) =>
      insertEnrolmentRow(t, {
        session,
        organiserId: w.academy,
        organisationId: w.municipality,
        employeeId,
        ...extra,
      });
    await place(w.employeeRecord, { participantUserId: w.ids.employee });
    const [noUnit, rated, failed] = (await addEmployees(t, w.municipality, 3)) as [string, string, string];
    await place(noUnit, { name: 'Зоран Зорић', nameLatin: 'Zoran Zorić' });
    const ratedPlace = await place(rated);
    await place(failed, { status: 'not_completed' });
    await t.tenancy.run(systemScope, (tx) =>
      tx.insert(evaluations).values({
        sessionId: session.id,
        organiserId: w.academy,
        organisationId: w.municipality,
        enrolmentId: ratedPlace,
        source: 'manager',
        ratings: { impact: 5 },
        score: 5,
      }),
    );
    // Long ago: outside the window, never asked about.
    const old = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: [{ date: '2020-01-10', startsAt: '09:00', endsAt: '12:00' }],
    });
    await insertEnrolmentRow(t, {
      session: old,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: noUnit,
    });

    const translator = createTranslator();
    const mailer = createMailer({ config: t.config, translator, tenancy: t.tenancy, log: t.app.log });
    const deps = { tenancy: t.tenancy, mailer, config: t.config, translator };
    expect(await askForImpact(deps)).toBe(2);
    expect(await askForImpact(deps)).toBe(0);
    const mail = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(mailOutbox).where(eq(mailOutbox.template, 'training_impact_due')),
    );
    const manager = mail.find((m) => m.recipient.startsWith('manager-'));
    const hr = mail.find((m) => m.recipient.startsWith('hr-') && m.recipient.endsWith('@np.test'));
    expect(mail).toHaveLength(2);
    expect(manager?.subject).toContain('Administrative procedure in practice');
    expect(manager?.textBody).toContain('Ana Anić');
    expect(manager?.textBody).toContain('http://kadar.test/approvals/trainings');
    expect(hr?.textBody).toContain('Zoran Zorić');
  });
});
