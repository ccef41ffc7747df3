import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { systemScope } from '../../db/tenancy';
import { addDays, today } from '../../platform/days';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { addEmployees, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { sessionBody } from '../../test/learning-sessions';
import { startTestApp, type TestApp } from '../../test/test-app';
import { enrolments } from './enrolments.tables';

let t: TestApp;
let w: LearningWorld;
let staff: string[];

type Items = { items: Enrolment[] };
const json = <T>(res: { json(): unknown }) => res.json() as T;

async function newSession(overrides: Parameters<typeof sessionBody>[1] = {}) {
  const res = await w.c.admin.post('/api/v1/sessions', sessionBody(w, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return json<Session>(res);
}

const enrol = (client: keyof LearningWorld['c'], sessionId: string, employeeIds: string[]) =>
  w.c[client].post('/api/v1/enrolments', { sessionId, employeeIds });

async function placesOf(sessionId: string) {
  return t.tenancy.run(systemScope, (tx) =>
    tx.select().from(enrolments).where(eq(enrolments.sessionId, sessionId)),
  );
}

const mailsTo = (template: string) =>
  t.tenancy.run(systemScope, (tx) => tx.select().from(mailOutbox).where(eq(mailOutbox.template, template)));

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
  staff = await addEmployees(t, w.municipality, 4, { orgUnitId: w.unit.id });
});
afterAll(() => t.close());

describe('enrolling, the waiting list and approval', () => {
  let session: Session;
  let places: Enrolment[];

  it('gives seats in order and puts the rest on the waiting list', async () => {
    session = await newSession({ capacity: 2 });
    const res = await enrol('hr', session.id, staff.slice(0, 3));
    expect(res.statusCode, res.body).toBe(201);
    places = json<Items>(res).items;
    expect(places.map((p) => [p.status, p.waitlistPosition, p.approval, p.enrolledBy])).toEqual([
      ['confirmed', null, 'pending', 'hr'],
      ['confirmed', null, 'pending', 'hr'],
      ['waitlisted', 1, 'pending', 'hr'],
    ]);
    const after = json<Session>(await w.c.hr.get(`/api/v1/sessions/${session.id}`));
    expect([after.confirmed, after.waitlisted, after.registration]).toEqual([2, 1, 'waiting_list']);
    // The line manager is asked to approve each of the three.
    expect((await mailsTo('training_approval_requested')).length).toBe(3);
  });

  it('refuses a second place for the same person and changes nothing', async () => {
    const res = await enrol('hr', session.id, [staff[3] as string, staff[0] as string]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ field: 'employeeIds.1', code: 'already_enrolled' }] });
    expect((await placesOf(session.id)).length).toBe(3);
  });

  it('lets the line manager approve, and nobody else', async () => {
    const id = (places[0] as Enrolment).id;
    expect((await w.c.employee.post(`/api/v1/enrolments/${id}/approve`)).statusCode).toBe(403);
    expect((await w.c.otherHr.post(`/api/v1/enrolments/${id}/approve`)).statusCode).toBe(404);
    expect((await w.c.admin.post(`/api/v1/enrolments/${id}/approve`)).statusCode).toBe(403);
    const res = await w.c.manager.post(`/api/v1/enrolments/${id}/approve`);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Enrolment>(res)).toMatchObject({ approval: 'approved', decidedByName: expect.any(String) });
    expect((await w.c.manager.post(`/api/v1/enrolments/${id}/approve`)).statusCode).toBe(409);
  });

  it('frees the seat of a declined enrolment for the first on the waiting list', async () => {
    const id = (places[1] as Enrolment).id;
    const bad = await w.c.manager.post(`/api/v1/enrolments/${id}/decline`, { reason: ' ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'reason' }] });
    const res = await w.c.manager.post(`/api/v1/enrolments/${id}/decline`, { reason: 'Рок за извештај' });
    expect(json<Enrolment>(res)).toMatchObject({ status: 'cancelled', approval: 'declined' });
    const rows = await placesOf(session.id);
    expect(rows.find((r) => r.id === (places[2] as Enrolment).id)?.status).toBe('confirmed');
    expect((await mailsTo('training_promoted')).length).toBe(1);
    expect((await mailsTo('training_declined')).length).toBe(1);
  });

  it('shows the manager what waits for their approval', async () => {
    const res = await w.c.manager.get('/api/v1/enrolments?mine=approver&approval=pending');
    const items = json<Items>(res).items.filter((e) => e.sessionId === session.id);
    expect(items.map((e) => e.id)).toEqual([(places[2] as Enrolment).id]);
  });

  it('lets an employee enrol themself, pending approval, and cancel before the deadline', async () => {
    const res = await enrol('employee', session.id, [w.employeeRecord]);
    expect(res.statusCode, res.body).toBe(201);
    const [own] = json<Items>(res).items;
    expect(own).toMatchObject({ status: 'waitlisted', enrolledBy: 'self', approval: 'pending' });
    const mine = json<Items>(await w.c.employee.get('/api/v1/enrolments?mine=participant')).items;
    expect(mine.map((e) => e.id)).toContain(own?.id);
    // Another person's file is out of an employee's reach.
    const other = await enrol('employee', session.id, [staff[3] as string]);
    expect(other.json()).toMatchObject({ errors: [{ field: 'employeeIds.0', code: 'unknown_employee' }] });
    const cancel = await w.c.employee.post(`/api/v1/enrolments/${own?.id}/cancel`, {});
    expect(json<Enrolment>(cancel).status).toBe('cancelled');
  });
});

describe('tenants and eligibility', () => {
  it('keeps other municipalities out of the file and the places', async () => {
    const session = await newSession();
    const res = await enrol('otherHr', session.id, [staff[0] as string]);
    expect(res.json()).toMatchObject({ errors: [{ field: 'employeeIds.0', code: 'unknown_employee' }] });
    const [place] = json<Items>(await enrol('hr', session.id, [staff[0] as string])).items;
    expect(json<Items>(await w.c.otherHr.get(`/api/v1/enrolments?sessionId=${session.id}`)).items).toEqual(
      [],
    );
    expect((await w.c.otherHr.post(`/api/v1/enrolments/${place?.id}/cancel`, {})).statusCode).toBe(404);
    expect((await w.c.bgHr.post(`/api/v1/enrolments/${place?.id}/approve`)).statusCode).toBe(404);
    // The organiser sees every participant, with their municipality.
    const seen = json<Items>(await w.c.admin.get(`/api/v1/enrolments?sessionId=${session.id}`)).items;
    expect(seen.map((e) => e.organisationNameLatin)).toEqual(['Novi Pazar']);
  });

  it('admits only the municipality a session on request was organised for', async () => {
    const session = await newSession({ restrictedToId: w.other });
    expect((await w.c.hr.get(`/api/v1/sessions/${session.id}`)).statusCode).toBe(404);
    const res = await enrol('hr', session.id, [staff[0] as string]);
    expect(res.statusCode).toBe(404);
    const [kv] = await addEmployees(t, w.other, 1);
    expect((await enrol('otherHr', session.id, [kv as string])).statusCode).toBe(201);
  });

  it('refuses people of another country', async () => {
    const session = await newSession();
    const [bg] = await addEmployees(t, w.bgMunicipality, 1);
    const res = await enrol('bgHr', session.id, [bg as string]);
    expect(res.json()).toMatchObject({ errors: [{ field: 'employeeIds.0', code: 'not_eligible' }] });
  });

  it('keeps to the registration window and the cancellation deadline', async () => {
    const closed = await newSession({
      registrationOpens: addDays(today(), 2),
      registrationCloses: addDays(today(), 5),
    });
    expect((await enrol('hr', closed.id, [staff[0] as string])).json()).toMatchObject({
      code: 'registration_not_open',
    });
    const soon = await newSession({ startsIn: 1, cancelUntil: today() });
    const [place] = json<Items>(await enrol('hr', soon.id, [staff[1] as string])).items;
    const late = await newSession({ startsIn: 3, cancelUntil: addDays(today(), -1) });
    const [latePlace] = json<Items>(await enrol('hr', late.id, [staff[1] as string])).items;
    expect((await w.c.hr.post(`/api/v1/enrolments/${latePlace?.id}/cancel`, {})).json()).toMatchObject({
      code: 'cancellation_closed',
    });
    // The organiser may still release the place; the HR officer could until today.
    expect(
      (await w.c.admin.post(`/api/v1/enrolments/${latePlace?.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(200);
    expect((await w.c.hr.post(`/api/v1/enrolments/${place?.id}/cancel`, {})).statusCode).toBe(200);
  });
});

describe('a burst of enrolments', () => {
  it('never gives more seats than there are: 500 requests for 30 seats', async () => {
    const session = await newSession({ capacity: 30, requiresApproval: false });
    const people = await addEmployees(t, w.municipality, 500);
    // Twenty people are sent twice: the second request must not give them a second place.
    const requests = [...people, ...people.slice(0, 20)].map((id) => enrol('hr', session.id, [id]));
    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.statusCode === 201).length).toBe(500);
    expect(answers.filter((a) => a.statusCode === 400 || a.statusCode === 409).length).toBe(20);
    const rows = await placesOf(session.id);
    expect(rows.length).toBe(500);
    expect(new Set(rows.map((r) => r.employeeId)).size).toBe(500);
    expect(rows.filter((r) => r.status === 'confirmed').length).toBe(30);
    const waiting = rows.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistSeq as number);
    expect(waiting.sort((a, b) => a - b)).toEqual(Array.from({ length: 470 }, (_, i) => i + 1));
    // The waiting list is served in the order people joined it.
    const first = rows.find((r) => r.waitlistSeq === 1);
    const seated = rows.find((r) => r.status === 'confirmed');
    await w.c.hr.post(`/api/v1/enrolments/${seated?.id}/cancel`, {});
    const [promoted] = await t.tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.id, first?.id as string))),
    );
    expect(promoted?.status).toBe('confirmed');
    const view = json<Session>(await w.c.hr.get(`/api/v1/sessions/${session.id}`));
    expect([view.confirmed, view.waitlisted]).toEqual([30, 469]);
  }, 180_000);
});
