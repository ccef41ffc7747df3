import { and, asc, eq, exists, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';
import { enrolments } from './enrolments.tables';
import { programmes, trainers } from './programmes.tables';
import { calendarFeeds, sessionDays, sessionTrainers, trainingSessions } from './sessions.tables';

const dayColumns = {
  dayId: sessionDays.id,
  date: sessionDays.date,
  startsAt: sessionDays.startsAt,
  endsAt: sessionDays.endsAt,
  sessionId: trainingSessions.id,
  organiserId: trainingSessions.organiserId,
  // The country pack's zone: the days are wall-clock times there (UTC if a pack lacks it).
  timeZone: sql<string>`coalesce(${countries.pack}->>'timeZone', 'UTC')`,
  reference: trainingSessions.reference,
  mode: trainingSessions.mode,
  venue: trainingSessions.venue,
  onlineUrl: trainingSessions.onlineUrl,
  title: programmes.title,
  // Organisation rows are readable in every scope (db/migrations/0019).
  organiserName: organisations.name,
  organiserNameLatin: organisations.nameLatin,
};

/** Days with their session, programme, country and organiser. */
const daysQuery = (tx: Tx) =>
  tx
    .select(dayColumns)
    .from(sessionDays)
    .innerJoin(trainingSessions, eq(trainingSessions.id, sessionDays.sessionId))
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(countries, eq(countries.code, trainingSessions.countryCode))
    .innerJoin(organisations, eq(organisations.id, trainingSessions.organiserId));

export type CalendarDayRow = Awaited<ReturnType<typeof calendarRepo.sessionDays>>[number];

/** Sessions that take place: announced or held, not drafts and not cancelled ones. */
const takesPlace = inArray(trainingSessions.status, ['scheduled', 'completed']);

/** A place the user holds (confirmed, or kept after the session) or a session they deliver. */
const involves = (userId: string): SQL =>
  or(
    exists(
      sql`(select 1 from ${enrolments} e where e.session_id = ${trainingSessions.id}
        and e.participant_user_id = ${userId} and e.status in ('confirmed', 'completed'))`,
    ),
    exists(
      sql`(select 1 from ${sessionTrainers} st join ${trainers} tr on tr.id = st.trainer_id
        where st.session_id = ${trainingSessions.id} and tr.user_id = ${userId})`,
    ),
  ) as SQL;

type FeedRow = typeof calendarFeeds.$inferSelect;

const feedOf = async (tx: Tx, userId: string): Promise<FeedRow | undefined> =>
  (await tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)))[0];

export const calendarRepo = {
  /** The days of one session as row-level security lets the reader see it. */
  sessionDays: (tx: Tx, sessionId: string) =>
    daysQuery(tx)
      .where(eq(sessionDays.sessionId, sessionId))
      .orderBy(asc(sessionDays.date), asc(sessionDays.startsAt)),

  /** Every day of the user's sessions that ended on or after `since` (system scope). */
  personalDays: (tx: Tx, userId: string, since: string) =>
    daysQuery(tx)
      .where(and(takesPlace, gte(trainingSessions.lastDay, since), involves(userId)))
      .orderBy(asc(sessionDays.date), asc(sessionDays.startsAt)),

  /** The feed a token opens, with its owner's language (system scope). */
  feedByToken: async (tx: Tx, token: string) =>
    (
      await tx
        .select({ userId: calendarFeeds.userId, locale: users.locale, status: users.status })
        .from(calendarFeeds)
        .innerJoin(users, eq(users.id, calendarFeeds.userId))
        .where(eq(calendarFeeds.token, token))
    )[0],

  /** The user's feed, made with `token` unless one exists (two first requests at once agree). */
  async ensureFeed(tx: Tx, userId: string, token: string) {
    await tx.insert(calendarFeeds).values({ userId, token }).onConflictDoNothing();
    return (await feedOf(tx, userId)) as FeedRow;
  },

  /** Replaces the user's token (creating the feed if need be): the old address stops working. */
  replaceFeed: async (tx: Tx, userId: string, token: string) =>
    (
      await tx
        .insert(calendarFeeds)
        .values({ userId, token })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt: new Date() } })
        .returning()
    )[0] as FeedRow,
};
