import { eq } from 'drizzle-orm';
import { sync, type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemScope } from '../../db/tenancy';
import { addDays, today } from '../../platform/days';
import { addEmployees, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { insertEnrolmentRow, insertSessionRows, type SessionRows } from '../../test/learning-rows';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';
import { users } from '../identity/identity.tables';

/** The events of a calendar, parsed by an independent reader (node-ical). */
function eventsOf(body: string): VEvent[] {
  return Object.values(sync.parseICS(body)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** RFC 5545's shape: CRLF only, lines folded at 75 octets, components opened and closed in order. */
function expectWellFormed(body: string) {
  expect(body.endsWith('END:VCALENDAR')).toBe(true);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = body.split('\r\n');
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const open: string[] = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) open.push(line.slice(6));
    if (line.startsWith('END:')) expect(open.pop()).toBe(line.slice(4));
  }
  expect(open).toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
}

describe('calendars', () => {
  let t: TestApp;
  let w: LearningWorld;
  let held: SessionRows;
  let upcoming: SessionRows;
  let cancelled: SessionRows;
  let delivered: SessionRows;
  const soon = addDays(today(), 20);

  const place = (session: SessionRows, extra: object = {}) =>
    insertEnrolmentRow(t, {
      session,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: w.employeeRecord,
      participantUserId: w.ids.employee,
      ...extra,
    });

  beforeAll(async () => {
    t = await startTestApp();
    w = await learningWorld(t);
    const base = { organiserId: w.academy, programmeId: w.programme };
    held = await insertSessionRows(t, {
      ...base,
      days: [
        { date: addDays(today(), -30), startsAt: '09:00', endsAt: '15:30' },
        { date: addDays(today(), -29), startsAt: '09:00', endsAt: '13:00' },
      ],
    });
    upcoming = await insertSessionRows(t, {
      ...base,
      status: 'scheduled',
      mode: 'live_online',
      days: [{ date: soon, startsAt: '10:00', endsAt: '12:00' }],
    });
    cancelled = await insertSessionRows(t, {
      ...base,
      status: 'cancelled',
      days: [{ date: addDays(today(), 25), startsAt: '10:00', endsAt: '12:00' }],
    });
    delivered = await insertSessionRows(t, {
      ...base,
      status: 'scheduled',
      trainerIds: [w.trainer],
      days: [{ date: addDays(today(), 40), startsAt: '08:30', endsAt: '16:00' }],
    });
    await place(held);
    await place(upcoming);
    await place(cancelled);
    // A place given back and a place on the waiting list are not in the calendar.
    const waiting = await insertSessionRows(t, {
      ...base,
      status: 'scheduled',
      days: [{ date: soon, startsAt: '14:00', endsAt: '15:00' }],
    });
    await place(waiting, { status: 'waitlisted' });
    await place(delivered, { status: 'cancelled' });
  });
  afterAll(() => t.close());

  it('gives a session’s days as an iCalendar in the country’s time zone', async () => {
    const res = await w.c.otherHr.get(`/api/v1/sessions/${held.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expectWellFormed(res.body);
    expect(res.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Belgrade');
    expect(res.body).toMatch(/DTSTART;TZID=Europe\/Belgrade:\d{8}T090000/);
    const events = eventsOf(res.body);
    expect(events.map((e) => e.uid).sort()).toEqual(
      held.dayIds.map((id) => `session-day-${id}@kadar.test`).sort(),
    );
    const first = events.find((e) => e.uid === `session-day-${held.dayIds[0]}@kadar.test`) as VEvent;
    expect(first.summary).toBe('Administrative procedure in practice');
    expect(first.location).toBe('Сала 1, Нови Пазар');
    expect(String(first.description)).toContain('Day 1 of 2');
    expect(String(first.description)).toContain('Organiser: Nacionalna akademija');
    // 09:00 in Belgrade is 08:00 or 07:00 UTC, by the season.
    expect([7, 8]).toContain(first.start.getUTCHours());
    expect((first.end as Date).getTime() - first.start.getTime()).toBe(6.5 * 3600_000);
  });

  it('answers 404 for a session of another country, a draft or another municipality’s session on request', async () => {
    expect((await w.c.bgHr.get(`/api/v1/sessions/${held.id}/calendar.ics`)).statusCode).toBe(404);
    const draft = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      status: 'draft',
      days: [{ date: soon, startsAt: '09:00', endsAt: '10:00' }],
    });
    expect((await w.c.otherHr.get(`/api/v1/sessions/${draft.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await w.c.admin.get(`/api/v1/sessions/${draft.id}/calendar.ics`)).statusCode).toBe(200);
    const onRequest = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      status: 'scheduled',
      restrictedToId: w.municipality,
      days: [{ date: soon, startsAt: '09:00', endsAt: '10:00' }],
    });
    expect((await w.c.otherHr.get(`/api/v1/sessions/${onRequest.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await w.c.hr.get(`/api/v1/sessions/${onRequest.id}/calendar.ics`)).statusCode).toBe(200);
    expect((await w.c.hr.get('/api/v1/sessions/not-an-id/calendar.ics')).statusCode).toBe(400);
  });

  const feedOf = async (client: Client) => {
    const res = await client.get('/api/v1/me/calendar-feed');
    expect(res.statusCode).toBe(200);
    return res.json().url as string;
  };
  const fetchFeed = (url: string) =>
    t.app.inject({ method: 'GET', url: url.replace('http://kadar.test', '') });

  it('gives each person a secret feed address that stays the same until reset', async () => {
    const url = await feedOf(w.c.employee);
    expect(url).toMatch(/^http:\/\/kadar\.test\/api\/v1\/public\/calendars\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedOf(w.c.employee)).toBe(url);
    expect(await feedOf(w.c.trainer)).not.toBe(url);
    const reset = await w.c.employee.post('/api/v1/me/calendar-feed/reset');
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().url as string;
    expect(fresh).not.toBe(url);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await fetchFeed(fresh)).statusCode).toBe(200);
    expect(await feedOf(w.c.employee)).toBe(fresh);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/calendar-feed/reset',
      headers: { cookie: w.c.employee.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await feedOf(w.c.employee)).toBe(fresh);
  });

  it('lists, without a session, the days of the person’s places and of the sessions they deliver', async () => {
    await t.tenancy.run(systemScope, (tx) =>
      tx.update(users).set({ locale: 'sr-Cyrl' }).where(eq(users.id, w.ids.employee)),
    );
    const res = await fetchFeed(await feedOf(w.c.employee));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expectWellFormed(res.body);
    expect(res.body).toContain('X-WR-CALNAME:Кадар: моје обуке');
    const events = eventsOf(res.body);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [...held.dayIds, ...upcoming.dayIds].map((id) => `session-day-${id}@kadar.test`).sort(),
    );
    const online = events.find((e) => e.uid.includes(upcoming.dayIds[0] as string)) as VEvent;
    expect(online.summary).toBe('Управни поступак у пракси');
    expect(online.location).toBe('https://meet.example/kadar');
    expect(String(online.description)).toContain('На мрежи: https://meet.example/kadar');

    const trainer = eventsOf((await fetchFeed(await feedOf(w.c.trainer))).body);
    expect(trainer.map((e) => e.uid)).toEqual([`session-day-${delivered.dayIds[0]}@kadar.test`]);
    expect(trainer[0]?.summary).toBe('Administrative procedure in practice');
  });

  it('places a Bulgarian session in Sofia’s time', async () => {
    const bgUser = await t.user({
      email: 'ivan@gabrovo.test',
      role: 'employee',
      organisationId: w.bgMunicipality,
    });
    const [bgEmployee] = (await addEmployees(t, w.bgMunicipality, 1, { userId: bgUser })) as [string];
    const session = await insertSessionRows(t, {
      organiserId: w.bgBody,
      programmeId: w.bgProgramme,
      country: 'BG',
      status: 'scheduled',
      days: [{ date: '2027-01-15', startsAt: '09:00', endsAt: '17:00' }],
    });
    await insertEnrolmentRow(t, {
      session,
      organiserId: w.bgBody,
      organisationId: w.bgMunicipality,
      employeeId: bgEmployee,
      participantUserId: bgUser,
      status: 'confirmed',
    });
    const body = (await fetchFeed(await feedOf(await t.login('ivan@gabrovo.test')))).body;
    expect(body).toContain('DTSTART;TZID=Europe/Sofia:20270115T090000');
    const [event] = eventsOf(body);
    // January: Sofia is two hours ahead of UTC.
    expect(event?.start.toISOString()).toBe('2027-01-15T07:00:00.000Z');
  });

  it('answers 404 for an unknown token and 400 for a malformed one, and routes only the .ics address', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/calendars/${'A'.repeat(43)}.ics`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/public/calendars/short.ics' });
    expect(malformed.statusCode).toBe(400);
    const token = (await feedOf(w.c.trainer)).split('/').pop()?.replace('.ics', '');
    const bare = await t.app.inject({ method: 'GET', url: `/api/v1/public/calendars/${token}` });
    expect(bare.statusCode).toBe(404);
    expect(bare.json().code).toBe('route_not_found');
  });
});
