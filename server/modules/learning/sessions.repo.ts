import { aliasedTable, and, asc, desc, eq, exists, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { LocalText } from '../../../contracts/competencies';
import type { SessionListQuery } from '../../../contracts/learning-sessions';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { organisations } from '../organisations/organisations.tables';
import { attendance } from './enrolments.tables';
import { programmes, trainers } from './programmes.tables';
import { sessionDays, sessionTrainers, trainingSessions } from './sessions.tables';

const restricted = aliasedTable(organisations, 'restricted_to');

const sessionColumns = {
  session: trainingSessions,
  programmeCode: programmes.code,
  programmeTitle: programmes.title,
  topicArea: programmes.topicArea,
  organiserName: organisations.name,
  organiserNameLatin: organisations.nameLatin,
  restrictedToName: restricted.name,
  restrictedToNameLatin: restricted.nameLatin,
};

function sessionsQuery(tx: Tx) {
  return tx
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(organisations, eq(organisations.id, trainingSessions.organiserId))
    .leftJoin(restricted, eq(restricted.id, trainingSessions.restrictedToId));
}

export type SessionRow = {
  session: typeof trainingSessions.$inferSelect;
  programmeCode: string;
  programmeTitle: LocalText;
  topicArea: string;
  organiserName: string;
  organiserNameLatin: string;
  restrictedToName: string | null;
  restrictedToNameLatin: string | null;
};
export type SessionDayRow = typeof sessionDays.$inferSelect;
export type SessionTrainerRow = {
  sessionId: string;
  id: string;
  name: string;
  nameLatin: string;
  userId: string | null;
};

/** The sessions a trainer account delivers. */
const deliveredBy = (userId: string) =>
  exists(
    sql`(select 1 from ${sessionTrainers} st join ${trainers} tr on tr.id = st.trainer_id
      where st.session_id = ${trainingSessions.id} and tr.user_id = ${userId})`,
  );

/**
 * The list filters, `publicOnly` for the public announcement (sessions not restricted to one
 * municipality) and `countries`, the reader's own countries (null or absent: all).
 */
export type SessionFilter = Omit<SessionListQuery, 'limit' | 'cursor'> & {
  publicOnly?: boolean;
  countries?: readonly string[] | null;
};

export const sessionsRepo = {
  /** What row-level security lets the actor see, filtered; ordered by first day, then id. */
  list(
    tx: Tx,
    query: SessionFilter,
    userId: string,
    after: Array<string | number> | null,
    limit: number,
  ): Promise<SessionRow[]> {
    const direction = query.order === 'desc' ? desc : asc;
    const conditions: Array<SQL | undefined> = [
      query.country ? eq(trainingSessions.countryCode, query.country) : undefined,
      query.countries ? inArray(trainingSessions.countryCode, [...query.countries]) : undefined,
      query.publicOnly ? isNull(trainingSessions.restrictedToId) : undefined,
      query.programmeId ? eq(trainingSessions.programmeId, query.programmeId) : undefined,
      query.organiserId ? eq(trainingSessions.organiserId, query.organiserId) : undefined,
      query.mode ? eq(trainingSessions.mode, query.mode) : undefined,
      query.status ? eq(trainingSessions.status, query.status) : undefined,
      query.from ? sql`${trainingSessions.lastDay} >= ${query.from}` : undefined,
      query.to ? sql`${trainingSessions.firstDay} <= ${query.to}` : undefined,
      query.trainerId
        ? exists(
            sql`(select 1 from ${sessionTrainers} st where st.session_id = ${trainingSessions.id}
              and st.trainer_id = ${query.trainerId})`,
          )
        : undefined,
      query.mine === 'trainer' ? deliveredBy(userId) : undefined,
      query.q
        ? sql`(${like(programmes.search, containsPattern(foldForSearch(query.q)))} or ${trainingSessions.reference} like ${containsPattern(query.q)})`
        : undefined,
      after
        ? query.order === 'desc'
          ? sql`(${trainingSessions.firstDay}, ${trainingSessions.id}) < (${after[0]}, ${after[1]})`
          : sql`(${trainingSessions.firstDay}, ${trainingSessions.id}) > (${after[0]}, ${after[1]})`
        : undefined,
    ];
    return sessionsQuery(tx)
      .where(and(...conditions))
      .orderBy(direction(trainingSessions.firstDay), direction(trainingSessions.id))
      .limit(limit + 1);
  },

  find: async (tx: Tx, id: string): Promise<SessionRow | undefined> =>
    (await sessionsQuery(tx).where(eq(trainingSessions.id, id)))[0],

  days: (tx: Tx, sessionIds: string[]) =>
    sessionIds.length
      ? tx
          .select()
          .from(sessionDays)
          .where(inArray(sessionDays.sessionId, sessionIds))
          .orderBy(asc(sessionDays.date))
      : Promise.resolve([]),

  trainers: (tx: Tx, sessionIds: string[]): Promise<SessionTrainerRow[]> =>
    sessionIds.length
      ? tx
          .select({
            sessionId: sessionTrainers.sessionId,
            id: trainers.id,
            name: trainers.name,
            nameLatin: trainers.nameLatin,
            userId: trainers.userId,
          })
          .from(sessionTrainers)
          .innerJoin(trainers, eq(trainers.id, sessionTrainers.trainerId))
          .where(inArray(sessionTrainers.sessionId, sessionIds))
          .orderBy(asc(trainers.name))
      : Promise.resolve([]),

  update: async (tx: Tx, id: string, values: Partial<typeof trainingSessions.$inferInsert>) =>
    (
      await tx
        .update(trainingSessions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(trainingSessions.id, id))
        .returning({ id: trainingSessions.id })
    )[0],

  /** Locks the session's seat counters for the rest of the transaction (system scope). */
  lockSeats: async (tx: Tx, id: string) =>
    (await tx.select().from(trainingSessions).where(eq(trainingSessions.id, id)).for('update'))[0],

  dayByToken: async (tx: Tx, token: string) =>
    (await tx.select().from(sessionDays).where(eq(sessionDays.checkInToken, token)))[0],

  hasAttendance: async (tx: Tx, sessionId: string) =>
    (
      await tx
        .select({ one: sql<number>`1` })
        .from(attendance)
        .innerJoin(sessionDays, eq(sessionDays.id, attendance.dayId))
        .where(eq(sessionDays.sessionId, sessionId))
        .limit(1)
    ).length > 0,
};
