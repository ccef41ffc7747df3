import { and, asc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { EnrolmentListQuery } from '../../../contracts/learning-enrolments';
import type { Tx } from '../../db/client';
import type { Reach } from '../../platform/access/reach';
import { organisations } from '../organisations/organisations.tables';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { attendance, certificates, enrolments } from './enrolments.tables';
import { programmes, trainers } from './programmes.tables';
import { sessionTrainers, trainingSessions } from './sessions.tables';

export type EnrolmentRecord = typeof enrolments.$inferSelect;

/** Who may see which enrolments, beyond what row-level security already fences. */
export type EnrolmentAudience = {
  userId: string;
  /** Organisers whose sessions the actor manages (every participant of them). */
  organiserIds: string[];
  all: boolean;
  /** Participants' files the actor reaches (HR officer, line manager, the employee themself). */
  participants: Reach;
};

const attendedDays = sql<number>`(select count(*)::int from ${attendance} a
  where a.enrolment_id = ${enrolments.id} and a.present)`;

const viewColumns = {
  enrolment: enrolments,
  sessionReference: trainingSessions.reference,
  programmeTitle: programmes.title,
  firstDay: trainingSessions.firstDay,
  lastDay: trainingSessions.lastDay,
  organisationName: organisations.name,
  organisationNameLatin: organisations.nameLatin,
  attendedDays,
  certificateId: certificates.id,
};

export type EnrolmentRow = {
  enrolment: EnrolmentRecord;
  sessionReference: string;
  programmeTitle: (typeof programmes.$inferSelect)['title'];
  firstDay: string;
  lastDay: string;
  organisationName: string;
  organisationNameLatin: string;
  attendedDays: number;
  certificateId: string | null;
};

const viewQuery = (tx: Tx) =>
  tx
    .select(viewColumns)
    .from(enrolments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, enrolments.sessionId))
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(organisations, eq(organisations.id, enrolments.organisationId))
    .leftJoin(certificates, eq(certificates.enrolmentId, enrolments.id));

/** Enrolments in sessions this trainer account delivers. */
const deliveredBy = (userId: string) =>
  exists(
    sql`(select 1 from ${sessionTrainers} st join ${trainers} tr on tr.id = st.trainer_id
      where st.session_id = ${enrolments.sessionId} and tr.user_id = ${userId})`,
  );

const participantIn = (tx: Tx, condition: SQL | undefined) =>
  exists(
    tx
      .select({ one: sql`1` })
      .from(employees)
      .where(and(eq(employees.id, enrolments.employeeId), condition)),
  );

function audienceFilter(tx: Tx, a: EnrolmentAudience): SQL | undefined {
  if (a.all) return undefined;
  const parts: SQL[] = [deliveredBy(a.userId), participantIn(tx, employeeReach(a.participants, a.userId))];
  if (a.organiserIds.length) parts.push(inArray(enrolments.organiserId, a.organiserIds));
  return sql`(${sql.join(parts, sql` or `)})`;
}

export const enrolmentsRepo = {
  list(
    tx: Tx,
    audience: EnrolmentAudience,
    query: Omit<EnrolmentListQuery, 'limit' | 'cursor'> & { id?: string },
    approverReach: Reach,
    after: Array<string | number> | null,
    limit: number,
  ) {
    const conditions: Array<SQL | undefined> = [
      audienceFilter(tx, audience),
      query.id ? eq(enrolments.id, query.id) : undefined,
      query.sessionId ? eq(enrolments.sessionId, query.sessionId) : undefined,
      query.employeeId ? eq(enrolments.employeeId, query.employeeId) : undefined,
      query.organisationId ? eq(enrolments.organisationId, query.organisationId) : undefined,
      query.status ? eq(enrolments.status, query.status) : undefined,
      query.approval ? eq(enrolments.approval, query.approval) : undefined,
      query.mine === 'participant' ? participantIn(tx, eq(employees.userId, audience.userId)) : undefined,
      query.mine === 'approver'
        ? and(
            participantIn(tx, employeeReach(approverReach, audience.userId)),
            participantIn(tx, sql`coalesce(${employees.userId}::text, '') <> ${audience.userId}`),
          )
        : undefined,
      query.q
        ? sql`(${enrolments.participantName} ilike ${`%${query.q}%`} or ${enrolments.participantNameLatin} ilike ${`%${query.q}%`})`
        : undefined,
      after ? sql`(${trainingSessions.firstDay}, ${enrolments.id}) > (${after[0]}, ${after[1]})` : undefined,
    ];
    return viewQuery(tx)
      .where(and(...conditions))
      .orderBy(asc(trainingSessions.firstDay), asc(enrolments.id))
      .limit(limit + 1);
  },

  find: async (tx: Tx, id: string): Promise<EnrolmentRow | undefined> =>
    (await viewQuery(tx).where(eq(enrolments.id, id)))[0],

  findMany: (tx: Tx, ids: string[]): Promise<EnrolmentRow[]> =>
    ids.length
      ? viewQuery(tx).where(inArray(enrolments.id, ids)).orderBy(asc(enrolments.createdAt))
      : Promise.resolve([]),

  /** The employee ids of these that already hold a live place in the session. */
  liveIn: async (tx: Tx, sessionId: string, employeeIds: string[]) =>
    (
      await tx
        .select({ employeeId: enrolments.employeeId })
        .from(enrolments)
        .where(
          and(
            eq(enrolments.sessionId, sessionId),
            inArray(enrolments.employeeId, employeeIds),
            sql`${enrolments.status} <> 'cancelled'`,
          ),
        )
    ).map((r) => r.employeeId),

  counts: async (tx: Tx, sessionId: string) => {
    const [row] = await tx
      .select({
        confirmed: sql<number>`count(*) filter (where ${enrolments.status} = 'confirmed')::int`,
        waitlisted: sql<number>`count(*) filter (where ${enrolments.status} = 'waitlisted')::int`,
      })
      .from(enrolments)
      .where(eq(enrolments.sessionId, sessionId));
    return row ?? { confirmed: 0, waitlisted: 0 };
  },

  /** The first `count` on the waiting list, in the order they joined it. */
  nextWaiting: (tx: Tx, sessionId: string, count: number) =>
    count > 0
      ? tx
          .select()
          .from(enrolments)
          .where(and(eq(enrolments.sessionId, sessionId), eq(enrolments.status, 'waitlisted')))
          .orderBy(asc(enrolments.waitlistSeq))
          .limit(count)
      : Promise.resolve([]),

  insert: (tx: Tx, rows: Array<typeof enrolments.$inferInsert>) =>
    rows.length ? tx.insert(enrolments).values(rows).returning() : Promise.resolve([]),

  update: async (tx: Tx, ids: string[], values: Partial<typeof enrolments.$inferInsert>) =>
    ids.length
      ? tx
          .update(enrolments)
          .set({ ...values, updatedAt: new Date() })
          .where(inArray(enrolments.id, ids))
          .returning()
      : [],

  /** Live places of a session (not cancelled), for completion and cancellation. */
  ofSession: (tx: Tx, sessionId: string) =>
    tx
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.sessionId, sessionId), sql`${enrolments.status} <> 'cancelled'`)),
};
