import { and, eq, inArray, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { AttendanceUpdate } from '../../../contracts/learning-sessions';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { employees } from '../people/people.tables';
import { issueCertificates } from './certificate-issue';
import { type EnrolmentRecord, enrolmentsRepo } from './enrolments.repo';
import { sessionFacts } from './enrolments.service';
import { attendance, enrolments } from './enrolments.tables';
import { type LearningMailDeps, notifyAboutSession } from './learning-mail';
import { trainers } from './programmes.tables';
import { type SessionRow, sessionsRepo } from './sessions.repo';
import { sessionDays, sessionTrainers } from './sessions.tables';

type Mark = {
  enrolmentId: string;
  dayId: string;
  present: boolean;
  method: 'register' | 'qr';
  recordedAt: Date;
};

const toAttendance = (m: Mark) => ({ ...m, recordedAt: m.recordedAt.toISOString() });

/** Did the participant attend enough of the session's days to complete it? */
export const completes = (attended: number, days: number, percent: number) =>
  attended * 100 >= days * percent;

export type AttendanceService = ReturnType<typeof createAttendanceService>;

export function createAttendanceService(deps: { tenancy: Tenancy; config: Config } & LearningMailDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  async function delivers(tx: Tx, actor: Actor, sessionId: string) {
    const rows = await tx
      .select({ id: trainers.id })
      .from(sessionTrainers)
      .innerJoin(trainers, eq(trainers.id, sessionTrainers.trainerId))
      .where(and(eq(sessionTrainers.sessionId, sessionId), eq(trainers.userId, actor.userId)));
    return rows.length > 0;
  }

  /** The session, if the actor keeps its register: its organiser or one of its trainers. */
  async function register(tx: Tx, actor: Actor, sessionId: string): Promise<SessionRow> {
    const row = await sessionsRepo.find(tx, sessionId);
    if (!row) throw notFound('session');
    const target = { organisationId: row.session.organiserId, countryCode: row.session.countryCode };
    const keeps = access.can(actor, 'learning.manage', target) || (await delivers(tx, actor, sessionId));
    if (!keeps) throw new AppError(403, 'forbidden', { permission: 'learning.attendance' });
    return row;
  }

  async function dayOf(tx: Tx, sessionId: string, dayId: string) {
    const [day] = await tx
      .select()
      .from(sessionDays)
      .where(and(eq(sessionDays.id, dayId), eq(sessionDays.sessionId, sessionId)));
    if (!day) throw invalid('dayId', 'not_session_day');
    return day;
  }

  const marksOf = (tx: Tx, sessionId: string) =>
    tx
      .select({
        enrolmentId: attendance.enrolmentId,
        dayId: attendance.dayId,
        present: attendance.present,
        method: attendance.method,
        recordedAt: attendance.recordedAt,
      })
      .from(attendance)
      .innerJoin(sessionDays, eq(sessionDays.id, attendance.dayId))
      .where(eq(sessionDays.sessionId, sessionId)) as Promise<Mark[]>;

  async function mark(tx: Tx, actor: Actor, rows: Array<typeof attendance.$inferInsert>) {
    await tx
      .insert(attendance)
      .values(rows)
      .onConflictDoUpdate({
        target: [attendance.enrolmentId, attendance.dayId],
        set: {
          present: sql`excluded.present`,
          method: sql`excluded.method`,
          recordedBy: actor.userId,
          recordedAt: new Date(),
        },
      });
  }

  return {
    /** The register as far as the actor sees it: all of it for the organiser and trainers. */
    async list(actor: Actor, sessionId: string) {
      access.require(actor, 'learning.read');
      return tenancy.read(scope(actor), async (tx) => {
        if (!(await sessionsRepo.find(tx, sessionId))) throw notFound('session');
        return { items: (await marksOf(tx, sessionId)).map(toAttendance) };
      });
    },

    async record(actor: Actor, sessionId: string, input: AttendanceUpdate) {
      access.require(actor, 'learning.attendance');
      return tenancy.run(scope(actor), async (tx) => {
        const row = await register(tx, actor, sessionId);
        if (row.session.status !== 'scheduled') throw conflict('session_closed');
        const day = await dayOf(tx, sessionId, input.dayId);
        if (day.date > today()) throw invalid('dayId', 'day_in_future');
        const places = await enrolmentsRepo.ofSession(tx, sessionId);
        const confirmed = new Map(places.filter((p) => p.status === 'confirmed').map((p) => [p.id, p]));
        const rows = input.entries.map((entry, i) => {
          const place = confirmed.get(entry.enrolmentId);
          if (!place) throw invalid(`entries.${i}.enrolmentId`, 'not_participant');
          return {
            enrolmentId: place.id,
            dayId: day.id,
            organisationId: place.organisationId,
            organiserId: place.organiserId,
            present: entry.present,
            method: 'register',
            recordedBy: actor.userId,
          };
        });
        await mark(tx, actor, rows);
        await recordAudit(tx, actor, {
          organisationId: row.session.organiserId,
          action: 'attendance.record',
          entityType: 'training_session',
          entityId: sessionId,
          after: {
            dayId: day.id,
            present: rows.filter((r) => r.present).length,
            absent: rows.filter((r) => !r.present).length,
          },
        });
        return { items: (await marksOf(tx, sessionId)).map(toAttendance) };
      });
    },

    /** The day's QR code: it opens the check-in page, where a signed-in participant confirms. */
    async checkInCode(actor: Actor, sessionId: string, dayId: string) {
      access.require(actor, 'learning.attendance');
      const day = await tenancy.read(scope(actor), async (tx) => {
        await register(tx, actor, sessionId);
        return dayOf(tx, sessionId, dayId);
      });
      const url = `${deps.config.publicUrl}/check-in/${day.checkInToken}`;
      const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { dayId: day.id, token: day.checkInToken, url, qrSvg };
    },

    /** The signed-in participant marks themself present for today's day of the session. */
    async checkIn(actor: Actor, token: string) {
      access.require(actor, 'learning.read');
      return tenancy.run(scope(actor), async (tx) => {
        const day = await sessionsRepo.dayByToken(tx, token);
        const row = day && (await sessionsRepo.find(tx, day.sessionId));
        if (!day || !row) throw notFound('check_in');
        if (row.session.status !== 'scheduled') throw conflict('session_closed');
        if (day.date !== today()) throw conflict('check_in_not_today', { date: day.date });
        const [place] = await tx
          .select({
            id: enrolments.id,
            organisationId: enrolments.organisationId,
            organiserId: enrolments.organiserId,
          })
          .from(enrolments)
          .innerJoin(employees, eq(employees.id, enrolments.employeeId))
          .where(
            and(
              eq(enrolments.sessionId, row.session.id),
              eq(enrolments.status, 'confirmed'),
              eq(employees.userId, actor.userId),
            ),
          );
        if (!place) throw conflict('not_participant');
        await mark(tx, actor, [
          {
            enrolmentId: place.id,
            dayId: day.id,
            organisationId: place.organisationId,
            organiserId: place.organiserId,
            present: true,
            method: 'qr',
            recordedBy: actor.userId,
          },
        ]);
        return {
          sessionId: row.session.id,
          programmeTitle: row.programmeTitle,
          date: day.date,
          enrolmentId: place.id,
        };
      });
    },

    /**
     * Closes a session after its last day: each confirmed participant completes or not by the
     * attendance rule, those still waiting are let go, certificates are issued and everyone told.
     */
    async complete(actor: Actor, sessionId: string) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await sessionsRepo.find(tx, sessionId);
        if (!row) throw notFound('session');
        access.require(actor, 'learning.manage', {
          organisationId: row.session.organiserId,
          countryCode: row.session.countryCode,
        });
      });
      // System scope: certificates read the holders' languages from accounts of other tenants.
      await tenancy.run(systemScope, async (tx) => {
        const session = (await sessionsRepo.lockSeats(tx, sessionId)) as SessionRow['session'];
        if (session.status !== 'scheduled') throw conflict('session_closed');
        const day = today();
        if (day < session.lastDay) throw conflict('session_not_over', { lastDay: session.lastDay });
        const days = await sessionsRepo.days(tx, [sessionId]);
        const places = await enrolmentsRepo.ofSession(tx, sessionId);
        const present = await tx
          .select({ enrolmentId: attendance.enrolmentId, n: sql<number>`count(*)::int` })
          .from(attendance)
          .where(
            and(
              inArray(
                attendance.dayId,
                days.map((d) => d.id),
              ),
              eq(attendance.present, true),
            ),
          )
          .groupBy(attendance.enrolmentId);
        const attended = new Map(present.map((p) => [p.enrolmentId, p.n]));
        const confirmed = places.filter((p) => p.status === 'confirmed');
        const done = confirmed.filter((p) =>
          completes(attended.get(p.id) ?? 0, days.length, session.completionPercent),
        );
        const notDone = confirmed.filter((p) => !done.includes(p));
        const now = new Date();
        await enrolmentsRepo.update(
          tx,
          done.map((p) => p.id),
          { status: 'completed', completedAt: now },
        );
        await enrolmentsRepo.update(
          tx,
          notDone.map((p) => p.id),
          { status: 'not_completed', completedAt: now },
        );
        await enrolmentsRepo.update(
          tx,
          places.filter((p) => p.status === 'waitlisted').map((p) => p.id),
          { status: 'cancelled', cancelledAt: now, waitlistSeq: null },
        );
        const issued = await issueCertificates(
          tx,
          sessionId,
          done.map((p) => p.id),
          day,
        );
        await sessionsRepo.update(tx, sessionId, { status: 'completed', waitlistedCount: 0 });
        await recordAudit(tx, actor, {
          organisationId: session.organiserId,
          action: 'session.complete',
          entityType: 'training_session',
          entityId: sessionId,
          after: { completed: done.length, notCompleted: notDone.length, certificates: issued },
        });
        const facts = sessionFacts((await sessionsRepo.find(tx, sessionId)) as SessionRow);
        const tell = async (list: EnrolmentRecord[], outcome: string) => {
          for (const e of list)
            await notifyAboutSession(tx, deps, [e.participantUserId], facts, {
              template: 'training_completed',
              path: '/my-learning',
              extra: (_l, words) => ({ outcome: words(outcome) }),
            });
        };
        await tell(done, issued ? 'completed_with_certificate' : 'completed');
        await tell(notDone, 'not_completed');
      });
    },
  };
}
