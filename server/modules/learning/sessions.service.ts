import { eq } from 'drizzle-orm';
import type { Page } from '../../../contracts/common';
import type {
  PublicSessionListQuery,
  Session,
  SessionCreate,
  SessionListQuery,
  SessionUpdate,
} from '../../../contracts/learning-sessions';
import type { Tx } from '../../db/client';
import { type DbScope, systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import type { AttendanceService } from './attendance.service';
import { enrolmentsRepo } from './enrolments.repo';
import { type EnrolmentsService, sessionFacts } from './enrolments.service';
import type { LearningMailDeps } from './learning-mail';
import { notifyAboutSession } from './learning-mail';
import { programmes } from './programmes.tables';
import { toSession } from './session-view';
import { checkSchedule, checkTrainers, insertSession, replaceDays, replaceTrainers } from './session-writer';
import { type SessionFilter, type SessionRow, sessionsRepo } from './sessions.repo';
import { checkSessionCountry, sessionCountriesOf } from './visible-session';

/** Sessions with their days and trainers, as the API shows them. */
export async function sessionViews(tx: Tx, rows: SessionRow[]): Promise<Session[]> {
  const ids = rows.map((r) => r.session.id);
  const [days, trainers] = await Promise.all([sessionsRepo.days(tx, ids), sessionsRepo.trainers(tx, ids)]);
  const day = today();
  return rows.map((r) => toSession(r, days, trainers, day));
}

export type SessionsService = ReturnType<typeof createSessionsService>;

export function createSessionsService(
  deps: { tenancy: Tenancy; enrolments: EnrolmentsService; attendance: AttendanceService } & LearningMailDeps,
) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  async function view(actor: Actor, id: string): Promise<Session> {
    return tenancy.read(scope(actor), async (tx) => {
      const row = await sessionsRepo.find(tx, id);
      if (!row) throw notFound('session');
      checkSessionCountry(actor, row.session.countryCode);
      return (await sessionViews(tx, [row]))[0] as Session;
    });
  }

  /** The session, if the actor sees it and organises it (403 when they only see it). */
  async function organised(tx: Tx, actor: Actor, id: string): Promise<SessionRow> {
    const row = await sessionsRepo.find(tx, id);
    if (!row) throw notFound('session');
    access.require(actor, 'learning.manage', {
      organisationId: row.session.organiserId,
      countryCode: row.session.countryCode,
    });
    return row;
  }

  async function list(
    dbScope: DbScope,
    query: SessionFilter & Pick<SessionListQuery, 'limit' | 'cursor'>,
    userId: string,
  ): Promise<Page<Session>> {
    const { limit, cursor, ...filter } = query;
    const after = decodeCursor(cursor, 2);
    return tenancy.read(dbScope, async (tx) => {
      const rows = await sessionsRepo.list(tx, filter, userId, after, limit);
      const page = pageOf(rows, limit, (r) => [r.session.firstDay, r.session.id]);
      return { items: await sessionViews(tx, page.items), nextCursor: page.nextCursor };
    });
  }

  return {
    list(actor: Actor, query: SessionListQuery) {
      access.require(actor, 'learning.read');
      return list(scope(actor), { ...query, countries: sessionCountriesOf(actor) }, actor.userId);
    },

    /** Upcoming announced sessions any municipality may join: the public catalogue shows them. */
    listPublic(query: PublicSessionListQuery) {
      return list(
        systemScope,
        { ...query, status: 'scheduled', from: today(), order: 'asc', publicOnly: true },
        '',
      );
    },

    get(actor: Actor, id: string) {
      access.require(actor, 'learning.read');
      return view(actor, id);
    },

    async create(actor: Actor, input: SessionCreate): Promise<Session> {
      access.require(actor, 'learning.manage');
      const id = await tenancy.run(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, input.organiserId, 'learning.manage');
        const id = await insertSession(tx, input);
        await recordAudit(tx, actor, {
          organisationId: input.organiserId,
          action: 'session.create',
          entityType: 'training_session',
          entityId: id,
          after: input,
        });
        return id;
      });
      return view(actor, id);
    },

    async update(actor: Actor, id: string, patch: SessionUpdate): Promise<Session> {
      access.require(actor, 'learning.manage');
      const grew = await tenancy.run(scope(actor), async (tx) => {
        const row = await organised(tx, actor, id);
        const s = row.session;
        if (s.status === 'completed' || s.status === 'cancelled') throw conflict('session_closed');
        if (patch.status === 'draft' && s.confirmedCount + s.waitlistedCount > 0)
          throw conflict('session_has_enrolments');
        if (patch.capacity !== undefined && patch.capacity < s.confirmedCount)
          throw invalid('capacity', 'below_confirmed', { confirmed: s.confirmedCount });
        const days = patch.days ?? (await sessionsRepo.days(tx, [id]));
        if (patch.days && (await sessionsRepo.hasAttendance(tx, id))) throw conflict('attendance_recorded');
        checkSchedule({ ...s, ...patch, mode: patch.mode ?? (s.mode as Session['mode']), days });
        const [programme] = await tx.select().from(programmes).where(eq(programmes.id, s.programmeId));
        if (patch.mode && !programme?.deliveryModes.includes(patch.mode))
          throw invalid('mode', 'not_programme_mode');
        const firstDay = (days[0] as { date: string }).date;
        const lastDay = (days.at(-1) as { date: string }).date;
        if (patch.trainerIds) await checkTrainers(tx, patch.trainerIds, s.countryCode, lastDay);
        const { days: _days, trainerIds, ...fields } = patch;
        await sessionsRepo.update(tx, id, { ...fields, firstDay, lastDay });
        if (patch.days) await replaceDays(tx, id, s.organiserId, patch.days);
        if (trainerIds) await replaceTrainers(tx, id, s.organiserId, trainerIds);
        await recordAudit(tx, actor, {
          organisationId: s.organiserId,
          action: 'session.update',
          entityType: 'training_session',
          entityId: id,
          after: patch,
        });
        return (patch.capacity ?? 0) > s.capacity;
      });
      if (grew) await deps.enrolments.refill(id);
      return view(actor, id);
    },

    /** Calls the session off and frees every place, telling the participants why. */
    async cancel(actor: Actor, id: string, reason: string): Promise<Session> {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), (tx) => organised(tx, actor, id));
      await tenancy.run(systemScope, async (tx) => {
        const row = (await sessionsRepo.lockSeats(tx, id)) as SessionRow['session'];
        if (row.status === 'completed' || row.status === 'cancelled') throw conflict('session_closed');
        const places = await enrolmentsRepo.ofSession(tx, id);
        const freed = await enrolmentsRepo.update(
          tx,
          places.map((p) => p.id),
          { status: 'cancelled', cancelReason: reason, cancelledAt: new Date(), waitlistSeq: null },
        );
        await sessionsRepo.update(tx, id, {
          status: 'cancelled',
          cancelReason: reason,
          confirmedCount: 0,
          waitlistedCount: 0,
        });
        await recordAudit(tx, actor, {
          organisationId: row.organiserId,
          action: 'session.cancel',
          entityType: 'training_session',
          entityId: id,
          after: { reason, places: freed.length },
        });
        const facts = sessionFacts((await sessionsRepo.find(tx, id)) as SessionRow);
        for (const e of freed)
          await notifyAboutSession(tx, deps, [e.participantUserId, e.enrolledByUser], facts, {
            template: 'training_cancelled',
            path: '/my-learning',
            extra: () => ({ participant: e.participantName, reason }),
          });
      });
      return view(actor, id);
    },

    /** Judges attendance, issues certificates and closes the session (attendance.service). */
    async complete(actor: Actor, id: string): Promise<Session> {
      await deps.attendance.complete(actor, id);
      return view(actor, id);
    },
  };
}
