import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Page } from '../../../contracts/common';
import type { Enrolment, EnrolmentCreate, EnrolmentListQuery } from '../../../contracts/learning-enrolments';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { type Reach, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { raterFor } from '../appraisals/appraisal-opening';
import { appraisalsRepo } from '../appraisals/appraisals.repo';
import { organisations, orgUnits } from '../organisations/organisations.tables';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { employeeNames } from '../people/person-names';
import { positions } from '../positions/positions.tables';
import { toEnrolment } from './enrolment-view';
import {
  type EnrolmentAudience,
  type EnrolmentRecord,
  type EnrolmentRow,
  enrolmentsRepo,
} from './enrolments.repo';
import { enrolments } from './enrolments.tables';
import { type LearningMailDeps, notifyAboutSession, type SessionFacts } from './learning-mail';
import { allocateSeats, fillFreedSeats, type NewPlace } from './seat-allocation';
import { type SessionRow, sessionsRepo } from './sessions.repo';

const lsgKinds = ['municipality', 'town', 'city', 'city_municipality'];
const live = ['confirmed', 'waitlisted'];

const mergeReach = (a: Reach, b: Reach): Reach => ({
  all: a.all || b.all,
  orgIds: [...a.orgIds, ...b.orgIds],
  countries: [...a.countries, ...b.countries],
  units: [...a.units, ...b.units],
  selfIn: [...a.selfIn, ...b.selfIn],
});

export const sessionFacts = (row: SessionRow): SessionFacts => ({
  id: row.session.id,
  organiserId: row.session.organiserId,
  title: row.programmeTitle,
  firstDay: row.session.firstDay,
  lastDay: row.session.lastDay,
  mode: row.session.mode,
  venue: row.session.venue,
});

/** The people a request names, as the actor may see them, with what an enrolment copies. */
async function participants(tx: Tx, ids: string[], reach: Reach, userId: string) {
  return tx
    .select({
      id: employees.id,
      userId: employees.userId,
      organisationId: employees.organisationId,
      orgKind: organisations.kind,
      countryCode: organisations.countryCode,
      status: employees.status,
      givenName: employees.givenName,
      familyName: employees.familyName,
      givenNameLatin: employees.givenNameLatin,
      familyNameLatin: employees.familyNameLatin,
      gender: employees.gender,
      jobTitle: positions.name,
      unitPath: orgUnits.path,
      category: employees.category,
    })
    .from(employees)
    .innerJoin(organisations, eq(organisations.id, employees.organisationId))
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId))
    .where(and(inArray(employees.id, ids), employeeReach(reach, userId)));
}

type Person = Awaited<ReturnType<typeof participants>>[number];

export type EnrolmentsService = ReturnType<typeof createEnrolmentsService>;

export function createEnrolmentsService(deps: { tenancy: Tenancy } & LearningMailDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  const audienceOf = (actor: Actor): EnrolmentAudience => {
    const manage = reachOf(actor, 'learning.manage');
    return {
      userId: actor.userId,
      all: manage.all,
      organiserIds: manage.orgIds,
      participants: mergeReach(reachOf(actor, 'learning.enrol'), reachOf(actor, 'learning.approve')),
    };
  };

  /** Places on the waiting list, counted across municipalities (only numbers leave system scope). */
  async function withPositions(rows: EnrolmentRow[]): Promise<Enrolment[]> {
    const waiting = rows.filter((r) => r.enrolment.status === 'waitlisted');
    const positions = new Map<string, number>();
    if (waiting.length) {
      const sessionIds = [...new Set(waiting.map((r) => r.enrolment.sessionId))];
      const ranked = await tenancy.read(systemScope, (tx) =>
        tx
          .select({
            id: enrolments.id,
            position: sql<number>`(row_number() over (partition by ${enrolments.sessionId} order by ${enrolments.waitlistSeq}))::int`,
          })
          .from(enrolments)
          .where(and(inArray(enrolments.sessionId, sessionIds), eq(enrolments.status, 'waitlisted'))),
      );
      for (const r of ranked) positions.set(r.id, r.position);
    }
    return rows.map((r) => ({ ...toEnrolment(r), waitlistPosition: positions.get(r.enrolment.id) ?? null }));
  }

  /** The line managers (or, without one, the HR officers) who approve these people's trainings. */
  async function approversOf(
    tx: Tx,
    people: Array<Pick<Person, 'id' | 'userId' | 'organisationId' | 'unitPath' | 'category'>>,
  ) {
    const byOrg = new Map<string, Awaited<ReturnType<typeof appraisalsRepo.raters>>>();
    const ids: Array<string | null> = [];
    for (const p of people) {
      if (!byOrg.has(p.organisationId))
        byOrg.set(p.organisationId, await appraisalsRepo.raters(tx, p.organisationId));
      ids.push(raterFor({ ...p, required: null }, byOrg.get(p.organisationId) ?? []));
    }
    return ids;
  }

  /** The live enrolment and the actor's standing towards it; 404 when they may not see it. */
  async function loadForChange(tx: Tx, actor: Actor, id: string) {
    const row = await enrolmentsRepo.find(tx, id);
    if (!row) throw notFound('enrolment');
    const [person] = await participants(
      tx,
      [row.enrolment.employeeId],
      reachOf(actor, 'learning.enrol'),
      actor.userId,
    );
    const [approvable] = await participants(
      tx,
      [row.enrolment.employeeId],
      reachOf(actor, 'learning.approve'),
      actor.userId,
    );
    const session = (await sessionsRepo.find(tx, row.enrolment.sessionId)) as SessionRow;
    const organiser = access.can(actor, 'learning.manage', {
      organisationId: session.session.organiserId,
      countryCode: session.session.countryCode,
    });
    return {
      row,
      session,
      organiser,
      enrols: Boolean(person),
      approves: Boolean(approvable) && approvable?.userId !== actor.userId,
    };
  }

  /** Gives freed seats to the waiting list and tells those who moved up. */
  async function refill(sessionId: string) {
    await tenancy.run(systemScope, async (tx) => {
      const promoted = await fillFreedSeats(tx, sessionId, today());
      if (!promoted.length) return;
      const session = (await sessionsRepo.find(tx, sessionId)) as SessionRow;
      await tellParticipants(tx, promoted, session, 'training_promoted');
    });
  }

  /** The participants and the HR officer or manager who enrolled them. */
  async function tellParticipants(
    tx: Tx,
    places: EnrolmentRecord[],
    session: SessionRow,
    template: 'training_enrolled' | 'training_promoted' | 'training_declined' | 'training_cancelled',
    reason = '',
  ) {
    for (const e of places) {
      const position = e.waitlistSeq ?? 0;
      // Whoever enrolled someone else hears of later changes; of the enrolment itself they know.
      const recipients =
        template === 'training_enrolled' ? [e.participantUserId] : [e.participantUserId, e.enrolledByUser];
      await notifyAboutSession(tx, deps, recipients, sessionFacts(session), {
        template,
        path: '/my-learning',
        extra: (_locale, words) => ({
          participant: e.participantName,
          status: e.status === 'confirmed' ? words('confirmed') : words('waitlisted', { position }),
          reason: reason || words('no_reason'),
        }),
      });
    }
  }

  async function get(actor: Actor, id: string): Promise<Enrolment> {
    access.require(actor, 'learning.read');
    const [row] = await tenancy.read(scope(actor), (tx) =>
      enrolmentsRepo.list(tx, audienceOf(actor), { id }, reachOf(actor, 'learning.approve'), null, 1),
    );
    if (!row) throw notFound('enrolment');
    return (await withPositions([row]))[0] as Enrolment;
  }

  return {
    async list(actor: Actor, query: EnrolmentListQuery): Promise<Page<Enrolment>> {
      access.require(actor, 'learning.read');
      const { limit, cursor, ...filter } = query;
      const after = decodeCursor(cursor, 2);
      const rows = await tenancy.read(scope(actor), (tx) =>
        enrolmentsRepo.list(tx, audienceOf(actor), filter, reachOf(actor, 'learning.approve'), after, limit),
      );
      const page = pageOf(rows, limit, (r) => [r.firstDay, r.enrolment.id]);
      return { items: await withPositions(page.items), nextCursor: page.nextCursor };
    },

    async create(actor: Actor, input: EnrolmentCreate): Promise<Enrolment[]> {
      access.require(actor, 'learning.enrol');
      const day = today();
      const { session, places } = await tenancy.run(scope(actor), async (tx) => {
        const session = await sessionsRepo.find(tx, input.sessionId);
        if (!session) throw notFound('session');
        const s = session.session;
        if (s.status !== 'scheduled') throw conflict('session_not_open');
        if (day < s.registrationOpens) throw conflict('registration_not_open');
        if (day > s.registrationCloses) throw conflict('registration_closed');
        const people = await participants(
          tx,
          input.employeeIds,
          reachOf(actor, 'learning.enrol'),
          actor.userId,
        );
        const managed = reachOf(actor, 'learning.approve');
        const approvable = new Set(
          (await participants(tx, input.employeeIds, managed, actor.userId)).map((p) => p.id),
        );
        const isManager = actor.memberships.some((m) => m.role === 'manager');
        const seen = new Set<string>();
        const places: NewPlace[] = input.employeeIds.map((id, i) => {
          const field = `employeeIds.${i}`;
          if (seen.has(id)) throw invalid(field, 'duplicate');
          seen.add(id);
          const p = people.find((x) => x.id === id);
          if (!p) throw invalid(field, 'unknown_employee');
          if (p.status !== 'active') throw invalid(field, 'employee_not_active');
          const eligible = s.restrictedToId
            ? p.organisationId === s.restrictedToId
            : lsgKinds.includes(p.orgKind) && p.countryCode === s.countryCode;
          if (!eligible) throw invalid(field, 'not_eligible');
          const self = p.userId === actor.userId;
          const byManager = !self && isManager && approvable.has(id);
          const names = employeeNames(p);
          return {
            organisationId: p.organisationId,
            employeeId: p.id,
            participantName: names.employeeName,
            participantNameLatin: names.employeeNameLatin,
            jobTitle: p.jobTitle,
            gender: p.gender,
            participantUserId: p.userId,
            approval: !s.requiresApproval ? 'not_required' : byManager ? 'approved' : 'pending',
            decidedBy: byManager ? actor.userId : null,
            decidedByName: byManager ? actor.name : null,
            enrolledBy: self ? 'self' : byManager ? 'manager' : 'hr',
            enrolledByUser: self ? null : actor.userId,
          };
        });
        return {
          session,
          places: places.map((place) => ({
            place,
            person: people.find((p) => p.id === place.employeeId) as Person,
          })),
        };
      });
      const ids = await tenancy.run(systemScope, async (tx) => {
        const rows = await allocateSeats(
          tx,
          input.sessionId,
          places.map((p) => p.place),
        );
        for (const row of rows)
          await recordAudit(tx, actor, {
            organisationId: row.organisationId,
            action: 'enrolment.create',
            entityType: 'enrolment',
            entityId: row.id,
            after: {
              sessionId: row.sessionId,
              employeeId: row.employeeId,
              status: row.status,
              approval: row.approval,
            },
          });
        await tellParticipants(tx, rows, session, 'training_enrolled');
        const pending = places.filter((p) => p.place.approval === 'pending').map((p) => p.person);
        const approvers = await approversOf(tx, pending);
        for (const [i, person] of pending.entries())
          await notifyAboutSession(tx, deps, [approvers[i] ?? null], sessionFacts(session), {
            template: 'training_approval_requested',
            path: '/approvals/trainings',
            extra: () => ({ participant: employeeNames(person).employeeName }),
          });
        return rows.map((r) => r.id);
      });
      const rows = await tenancy.read(scope(actor), (tx) => enrolmentsRepo.findMany(tx, ids));
      return withPositions(rows);
    },

    async approve(actor: Actor, id: string): Promise<Enrolment> {
      access.require(actor, 'learning.approve');
      await tenancy.run(scope(actor), async (tx) => {
        const { row, approves } = await loadForChange(tx, actor, id);
        if (!approves) throw new AppError(403, 'forbidden', { permission: 'learning.approve' });
        if (row.enrolment.approval !== 'pending' || !live.includes(row.enrolment.status))
          throw conflict('not_pending');
        await enrolmentsRepo.update(tx, [id], {
          approval: 'approved',
          decidedBy: actor.userId,
          decidedByName: actor.name,
        });
        await recordAudit(tx, actor, {
          organisationId: row.enrolment.organisationId,
          action: 'enrolment.approve',
          entityType: 'enrolment',
          entityId: id,
        });
      });
      return get(actor, id);
    },

    async decline(actor: Actor, id: string, reason: string): Promise<Enrolment> {
      access.require(actor, 'learning.approve');
      const sessionId = await tenancy.run(scope(actor), async (tx) => {
        const { row, approves, session } = await loadForChange(tx, actor, id);
        if (!approves) throw new AppError(403, 'forbidden', { permission: 'learning.approve' });
        if (row.enrolment.approval !== 'pending' || !live.includes(row.enrolment.status))
          throw conflict('not_pending');
        const [declined] = await enrolmentsRepo.update(tx, [id], {
          approval: 'declined',
          status: 'cancelled',
          decidedBy: actor.userId,
          decidedByName: actor.name,
          declineReason: reason,
          cancelledAt: new Date(),
          waitlistSeq: null,
        });
        await recordAudit(tx, actor, {
          organisationId: row.enrolment.organisationId,
          action: 'enrolment.decline',
          entityType: 'enrolment',
          entityId: id,
          after: { reason },
        });
        await tellParticipants(tx, [declined as EnrolmentRecord], session, 'training_declined', reason);
        return row.enrolment.sessionId;
      });
      await refill(sessionId);
      return get(actor, id);
    },

    /**
     * Gives the place back: the participant or whoever enrolled them until the session's
     * cancellation deadline, the organiser until it is completed.
     */
    async cancel(actor: Actor, id: string, reason: string): Promise<Enrolment> {
      access.require(actor, 'learning.read');
      const sessionId = await tenancy.run(scope(actor), async (tx) => {
        const { row, organiser, enrols, session } = await loadForChange(tx, actor, id);
        if (!organiser && !enrols) throw new AppError(403, 'forbidden', { permission: 'learning.enrol' });
        if (!live.includes(row.enrolment.status)) throw conflict('enrolment_not_live');
        if (!organiser && today() > session.session.cancelUntil) throw conflict('cancellation_closed');
        const [cancelled] = await enrolmentsRepo.update(tx, [id], {
          status: 'cancelled',
          cancelReason: reason || null,
          cancelledAt: new Date(),
          waitlistSeq: null,
        });
        await recordAudit(tx, actor, {
          organisationId: row.enrolment.organisationId,
          action: 'enrolment.cancel',
          entityType: 'enrolment',
          entityId: id,
          after: { reason },
        });
        const cancelledBySomeoneElse = (cancelled as EnrolmentRecord).participantUserId !== actor.userId;
        if (cancelledBySomeoneElse)
          await tellParticipants(tx, [cancelled as EnrolmentRecord], session, 'training_cancelled', reason);
        return row.enrolment.sessionId;
      });
      await refill(sessionId);
      return get(actor, id);
    },

    get,

    refill,
  };
}
