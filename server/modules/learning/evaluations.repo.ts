import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Reach } from '../../platform/access/reach';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { enrolments, evaluations } from './enrolments.tables';
import { trainers } from './programmes.tables';
import { sessionTrainers } from './sessions.tables';

export type EvaluationRow = typeof evaluations.$inferSelect;

export const evaluationsRepo = {
  /** An enrolment of this session, if the reader may see it. */
  enrolment: async (tx: Tx, sessionId: string, id: string) =>
    (
      await tx
        .select({
          id: enrolments.id,
          organisationId: enrolments.organisationId,
          employeeId: enrolments.employeeId,
          participantUserId: enrolments.participantUserId,
          status: enrolments.status,
        })
        .from(enrolments)
        .where(and(eq(enrolments.id, id), eq(enrolments.sessionId, sessionId)))
    )[0],

  /** Is this personnel file within the reach (a manager's unit subtree, an HR officer's municipality)? */
  fileInReach: async (tx: Tx, employeeId: string, reach: Reach, userId: string) =>
    (
      await tx
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.id, employeeId), employeeReach(reach, userId)))
    ).length > 0,

  /** Is the user's trainer record assigned to the session? */
  delivers: async (tx: Tx, sessionId: string, userId: string) =>
    (
      await tx
        .select({ one: sql<number>`1` })
        .from(sessionTrainers)
        .innerJoin(trainers, eq(trainers.id, sessionTrainers.trainerId))
        .where(and(eq(sessionTrainers.sessionId, sessionId), eq(trainers.userId, userId)))
    ).length > 0,

  /** Inserts unless this source already answered for the enrolment (or author): then nothing. */
  insertOnce: async (tx: Tx, values: typeof evaluations.$inferInsert) =>
    (await tx.insert(evaluations).values(values).onConflictDoNothing().returning())[0],

  ofSession: (tx: Tx, sessionId: string, authorUserId?: string) =>
    tx
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.sessionId, sessionId),
          authorUserId ? eq(evaluations.authorUserId, authorUserId) : undefined,
        ),
      )
      .orderBy(asc(evaluations.createdAt), asc(evaluations.id)),

  completedCount: async (tx: Tx, sessionId: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(enrolments)
        .where(and(eq(enrolments.sessionId, sessionId), eq(enrolments.status, 'completed')))
    )[0]?.n ?? 0,
};
