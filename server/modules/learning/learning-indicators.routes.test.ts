import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicators } from '../../../contracts/learning-indicators';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { databaseError } from '../../test/database-error';
import { addEmployees, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { insertSessionRows, type SessionRows } from '../../test/learning-rows';
import { startTestApp, type TestApp } from '../../test/test-app';
import { enrolments, evaluations } from './enrolments.tables';
import { learningTargets } from './planning.tables';
import { sessionDays } from './sessions.tables';

/** The year of the fixtures: far from any other test's sessions. */
const year = 2024;
const url = (query: string) => `/api/v1/learning-indicators?year=${year}&${query}`;
const day = (date: string) => ({ date, startsAt: '09:00', endsAt: '15:00' });

describe('learning indicators', () => {
  let t: TestApp;
  let w: LearningWorld;
  let march: SessionRows;

  /** Completed places with the participant's copied gender, and one rating of the trainer each. */
  async function places(
    session: SessionRows,
    organisationId: string,
    genders: ('female' | 'male')[],
    rating = 4,
  ) {
    const ids = await addEmployees(t, organisationId, genders.length);
    await t.tenancy.run(systemScope, async (tx) => {
      const rows = await tx
        .insert(enrolments)
        .values(
          ids.map((employeeId, i) => ({
            organisationId,
            employeeId,
            sessionId: session.id,
            organiserId: w.academy,
            participantName: 'Ана Анић',
            participantNameLatin: 'Ana Anić',
            gender: genders[i] ?? null,
            status: 'completed',
            approval: 'approved',
            enrolledBy: 'hr',
          })),
        )
        .returning({ id: enrolments.id });
      await tx.insert(evaluations).values(
        rows.map((r) => ({
          sessionId: session.id,
          organiserId: w.academy,
          organisationId,
          enrolmentId: r.id,
          source: 'participant',
          ratings: { content: 5, trainer: rating, organisation: 5, usefulness: 5 },
          score: 5,
        })),
      );
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await learningWorld(t);
    march = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: [day('2024-03-11'), day('2024-03-12')],
    });
    await places(march, w.municipality, ['female', 'female', 'female', 'male', 'male', 'male'], 4);
    // A training the other municipality asked for: it counts as "on request", whatever its mode.
    const requested = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      mode: 'live_online',
      restrictedToId: w.other,
      days: [day('2024-05-20')],
    });
    await places(requested, w.other, ['female', 'male'], 5);
    // Not counted: a place not completed, last year's session, a Bulgarian one.
    const [failed] = (await addEmployees(t, w.municipality, 1)) as [string];
    await t.tenancy.run(systemScope, (tx) =>
      tx.insert(enrolments).values({
        organisationId: w.municipality,
        employeeId: failed,
        sessionId: march.id,
        organiserId: w.academy,
        participantName: 'Ана Анић',
        participantNameLatin: 'Ana Anić',
        status: 'not_completed',
        approval: 'approved',
        enrolledBy: 'hr',
      }),
    );
    const earlier = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: w.programme,
      days: [day('2023-12-29')],
    });
    await places(earlier, w.municipality, ['male']);
    const bg = await insertSessionRows(t, {
      organiserId: w.bgBody,
      programmeId: w.bgProgramme,
      country: 'BG',
      days: [day('2024-04-02')],
    });
    await places(bg, w.bgMunicipality, ['female']);
  });
  afterAll(() => t.close());

  describe('targets', () => {
    const path = `/api/v1/countries/RS/learning-targets/${year}`;
    const targets = [
      { mode: 'in_person', trained: 10 },
      { mode: 'on_request', trained: 4 },
    ];

    it('a national admin sets the targets of their country, audited; everybody reads them', async () => {
      const res = await w.c.admin.put(path, { items: targets });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual(
        expect.arrayContaining(targets.map((x) => ({ ...x, countryCode: 'RS', year }))),
      );
      const read = await w.c.employee.get(path);
      expect(read.statusCode).toBe(200);
      expect(read.json().items).toHaveLength(2);
      const audit = await t.tenancy.run(systemScope, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.action, 'learning_targets.update')),
      );
      expect(audit).toHaveLength(1);
    });

    it('others may not set them and change nothing', async () => {
      expect((await w.c.hr.put(path, { items: [] })).statusCode).toBe(403);
      expect((await w.c.bgAdmin.put(path, { items: [] })).statusCode).toBe(403);
      const stored = await t.tenancy.run(systemScope, (tx) =>
        tx
          .select()
          .from(learningTargets)
          .where(and(eq(learningTargets.countryCode, 'RS'), eq(learningTargets.year, year))),
      );
      expect(stored).toHaveLength(2);
    });

    it('rejects bad input naming the field', async () => {
      const twice = await w.c.admin.put(path, {
        items: [
          { mode: 'in_person', trained: 1 },
          { mode: 'in_person', trained: 2 },
        ],
      });
      expect(twice.statusCode).toBe(400);
      expect(JSON.stringify(twice.json())).toContain('items');
      const mode = await w.c.admin.put(path, { items: [{ mode: 'by_pigeon', trained: 1 }] });
      expect(mode.statusCode).toBe(400);
      const negative = await w.c.admin.put(path, { items: [{ mode: 'distance', trained: -1 }] });
      expect(negative.statusCode).toBe(400);
      expect((await w.c.admin.get('/api/v1/countries/RS/learning-targets/1800')).statusCode).toBe(400);
      expect((await w.c.admin.get(`/api/v1/countries/QQ/learning-targets/${year}`)).statusCode).toBe(404);
    });
  });

  describe('indicators', () => {
    it('a national admin sees the whole country against its targets, small cells suppressed', async () => {
      const res = await w.c.admin.get(url('country=RS'));
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Indicators;
      expect(body.scope).toEqual({ countryCode: 'RS', organisationId: null });
      expect(body.suppressedBelow).toBe(5);
      expect(body.totals).toEqual({ trained: 8, people: 8, sessions: 2, hours: 18, trainerRating: 4.25 });
      expect(body.byMode).toEqual([
        { mode: 'in_person', trained: 6, target: 10 },
        { mode: 'live_online', trained: 0, target: null },
        { mode: 'distance', trained: 0, target: null },
        { mode: 'on_request', trained: 2, target: 4 },
      ]);
      expect(body.byTopic).toContainEqual({ topicArea: 'administrative_procedure', trained: 8 });
      // Four women and four men: both cells are too small to publish.
      expect(body.byGender).toEqual([
        { gender: 'female', trained: null },
        { gender: 'male', trained: null },
      ]);
      const mine = body.byMunicipality.find((m) => m.organisationId === w.municipality);
      const theirs = body.byMunicipality.find((m) => m.organisationId === w.other);
      // Their 2 are hidden; since the country's total is published, so are our 6 (else 8 − 6 = 2).
      expect(theirs?.trained).toBeNull();
      expect(mine?.trained).toBeNull();
      expect(body.byMonth).toHaveLength(12);
      expect(body.byMonth[2]).toEqual({ month: 3, trained: 6 });
      expect(body.byMonth[4]).toEqual({ month: 5, trained: 2 });
    });

    it('an HR officer sees their own municipality exactly, and must name it', async () => {
      const missing = await w.c.hr.get(url(''));
      expect(missing.statusCode).toBe(400);
      expect(JSON.stringify(missing.json())).toContain('organisationId');
      const res = await w.c.hr.get(url(`organisationId=${w.municipality}`));
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Indicators;
      expect(body.suppressedBelow).toBe(0);
      expect(body.totals).toEqual({ trained: 6, people: 6, sessions: 1, hours: 12, trainerRating: 4 });
      expect(body.byGender).toEqual([
        { gender: 'female', trained: 3 },
        { gender: 'male', trained: 3 },
      ]);
      expect(body.byMunicipality).toEqual([]);
    });

    it("another municipality's or country's figures answer 404; employees 403", async () => {
      expect((await w.c.hr.get(url(`organisationId=${w.other}`))).statusCode).toBe(404);
      expect((await w.c.otherHr.get(url(`organisationId=${w.municipality}`))).statusCode).toBe(404);
      expect((await w.c.hr.get(url('country=RS'))).statusCode).toBe(404);
      expect((await w.c.bgAdmin.get(url('country=RS'))).statusCode).toBe(404);
      expect((await w.c.employee.get(url('country=RS'))).statusCode).toBe(403);
    });

    it('follows places, ratings and days as they change (the counts are kept by triggers)', async () => {
      const totals = async () =>
        ((await w.c.hr.get(url(`organisationId=${w.municipality}`))).json() as Indicators).totals;
      const [place] = await t.tenancy.run(systemScope, (tx) =>
        tx
          .update(enrolments)
          .set({ status: 'not_completed' })
          .where(and(eq(enrolments.sessionId, march.id), eq(enrolments.gender, 'male')))
          .returning({ id: enrolments.id, sessionId: enrolments.sessionId }),
      );
      expect(await totals()).toMatchObject({ trained: 3, people: 3 });
      await t.tenancy.run(systemScope, async (tx) => {
        await tx
          .update(enrolments)
          .set({ status: 'completed' })
          .where(eq(enrolments.id, place?.id ?? ''));
        await tx.delete(evaluations).where(eq(evaluations.enrolmentId, place?.id ?? ''));
        await tx.delete(sessionDays).where(eq(sessionDays.sessionId, place?.sessionId ?? ''));
      });
      // One of the three back; its 4-star rating and the session's days gone.
      const after = await totals();
      expect(after).toMatchObject({ trained: 4, people: 4, sessions: 1, hours: 0 });
      expect(after.trainerRating).toBe(4);
      await t.tenancy.run(systemScope, (tx) =>
        tx.insert(evaluations).values({
          sessionId: place?.sessionId ?? '',
          organiserId: w.academy,
          organisationId: w.municipality,
          source: 'participant',
          ratings: { trainer: 1 },
          score: 1,
        }),
      );
      expect((await totals()).trainerRating).toBe(3.5);
    });

    it('only the triggers write the counts; a municipality reads its own', async () => {
      const own = { all: false, userId: null, orgIds: [w.municipality], countries: [] };
      const forged = t.tenancy.run(own, (tx) =>
        tx.execute(
          sql`insert into training_counts values ('RS', ${year}, ${w.municipality}, 'mode', 'in_person', 1000)`,
        ),
      );
      expect(await databaseError(forged)).toMatch(/permission denied/);
      const seen = await t.tenancy.run(own, (tx) =>
        tx.execute(sql`select distinct organisation_id::text as id from training_counts`),
      );
      expect((seen as unknown as { rows: { id: string }[] }).rows).toEqual([{ id: w.municipality }]);
    });

    it('rejects bad input naming the field', async () => {
      const res = await w.c.admin.get('/api/v1/learning-indicators?country=RS&year=abc');
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toContain('year');
      expect((await w.c.admin.get(url('country=RS&extra=1'))).statusCode).toBe(400);
    });

    it('exports the indicators as a spreadsheet', async () => {
      const res = await w.c.admin.get(`/api/v1/learning-indicators/export?country=RS&year=${year}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      expect(
        (await w.c.hr.get(`/api/v1/learning-indicators/export?organisationId=${w.other}&year=${year}`))
          .statusCode,
      ).toBe(404);
    });
  });
});
