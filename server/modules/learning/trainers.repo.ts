import { and, asc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { TrainerListQuery, TrainerStatus } from '../../../contracts/learning-trainers';
import type { Tx } from '../../db/client';
import { collated, containsPattern, readsLatin } from '../../db/collation';
import { today } from '../../platform/days';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { memberships } from '../identity/identity.tables';
import { organisations } from '../organisations/organisations.tables';
import { evaluations } from './enrolments.tables';
import { trainers } from './programmes.tables';
import { sessionTrainers, trainingSessions } from './sessions.tables';

export type TrainerRow = typeof trainers.$inferSelect;

/** The sessions a trainer delivered: completed ones they were assigned to. */
const delivered = sql`select st.session_id from ${sessionTrainers} st
  join ${trainingSessions} s on s.id = st.session_id
  where st.trainer_id = ${trainers.id} and s.status = 'completed'`;

const columns = {
  row: trainers,
  organisationName: organisations.name,
  organisationNameLatin: organisations.nameLatin,
  countryCode: organisations.countryCode,
  sessionsDelivered: sql<number>`(select count(*)::int from (${delivered}) d)`,
  averageRating: sql<string | null>`(select round(avg((e.ratings->>'trainer')::numeric), 2)
    from ${evaluations} e
    where e.session_id in (${delivered}) and e.source = 'participant'
      and jsonb_typeof(e.ratings->'trainer') = 'number')`,
};

export type TrainerView = {
  row: TrainerRow;
  organisationName: string;
  organisationNameLatin: string;
  countryCode: string;
  sessionsDelivered: number;
  averageRating: string | null;
};

function statusFilter(status: TrainerStatus | undefined, day: string): SQL | undefined {
  if (status === 'suspended') return eq(trainers.suspended, true);
  if (status === 'active') return sql`not ${trainers.suspended} and ${trainers.accreditedUntil} >= ${day}`;
  if (status === 'expired') return sql`not ${trainers.suspended} and ${trainers.accreditedUntil} < ${day}`;
  return undefined;
}

/** The name a reader sorts by: Latin for Latin-script readers. */
export const sortName = (locale: Locale) =>
  collated(readsLatin(locale) ? trainers.nameLatin : trainers.name, locale);

export const trainersRepo = {
  /**
   * The register with the body's names and each trainer's figures. `publicOnly` leaves out the
   * suspended; the keyset `after` is the last sort name and id seen.
   */
  list: (
    tx: Tx,
    filter: Omit<TrainerListQuery, 'cursor'> & { publicOnly?: boolean },
    locale: Locale,
    after: [string, string] | null,
  ): Promise<TrainerView[]> => {
    const q = filter.q ? foldForSearch(filter.q) : '';
    const key = sortName(locale);
    return tx
      .select(columns)
      .from(trainers)
      .innerJoin(organisations, eq(organisations.id, trainers.organisationId))
      .where(
        and(
          filter.publicOnly ? eq(trainers.suspended, false) : undefined,
          statusFilter(filter.status, today()),
          filter.organisationId ? eq(trainers.organisationId, filter.organisationId) : undefined,
          filter.country ? eq(organisations.countryCode, filter.country) : undefined,
          filter.topicArea ? sql`${trainers.topicAreas} @> array[${filter.topicArea}]::text[]` : undefined,
          filter.kind ? sql`${trainers.kinds} @> array[${filter.kind}]::text[]` : undefined,
          q ? like(trainers.search, containsPattern(q)) : undefined,
          after ? sql`(${key}, ${trainers.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(key, asc(trainers.id))
      .limit(filter.limit + 1);
  },

  find: async (tx: Tx, id: string): Promise<TrainerView | undefined> =>
    (
      await tx
        .select(columns)
        .from(trainers)
        .innerJoin(organisations, eq(organisations.id, trainers.organisationId))
        .where(eq(trainers.id, id))
    )[0],

  findRow: async (tx: Tx, id: string) => (await tx.select().from(trainers).where(eq(trainers.id, id)))[0],

  /** Undefined when the body's register already holds this accreditation number. */
  insert: async (tx: Tx, values: typeof trainers.$inferInsert) =>
    (await tx.insert(trainers).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<typeof trainers.$inferInsert>) =>
    (
      await tx
        .update(trainers)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(trainers.id, id))
        .returning()
    )[0] as TrainerRow,

  numberTaken: async (tx: Tx, organisationId: string, number: string, exceptId: string) =>
    (
      await tx
        .select({ id: trainers.id })
        .from(trainers)
        .where(
          and(
            eq(trainers.organisationId, organisationId),
            eq(trainers.accreditationNumber, number),
            sql`${trainers.id} <> ${exceptId}::uuid`,
          ),
        )
    ).length > 0,

  /** Is the account a trainer of this body (a membership with the role `trainer`)? */
  isTrainerOf: async (tx: Tx, userId: string, organisationId: string) =>
    (
      await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, userId),
            eq(memberships.organisationId, organisationId),
            eq(memberships.role, 'trainer'),
          ),
        )
    ).length > 0,
};
