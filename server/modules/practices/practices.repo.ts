import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PracticeListQuery, PublicPracticeQuery } from '../../../contracts/practices';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { reachOf } from '../../platform/access/reach';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { organisations } from '../organisations/organisations.tables';
import { practiceNominations, practices, practiceWeeks } from './practices.tables';

export type PracticeRow = typeof practices.$inferSelect;

const published = eq(practices.status, 'published');

/**
 * The practices an actor works on: those of the municipalities they submit for and those put to
 * the associations they moderate for. Row-level security draws the same line underneath.
 */
export function workedOnBy(actor: Actor): SQL | undefined {
  const submit = reachOf(actor, 'practices.submit');
  const moderate = reachOf(actor, 'practices.moderate');
  if (submit.all || moderate.all) return undefined;
  const sides = [
    submit.orgIds.length ? inArray(practices.organisationId, submit.orgIds) : undefined,
    moderate.orgIds.length ? inArray(practices.bodyId, moderate.orgIds) : undefined,
  ].filter((s): s is SQL => s !== undefined);
  return sides.length ? or(...sides) : sql`false`;
}

/** What a signed-in actor may read: every published practice, and those they work on. */
const visibleTo = (actor: Actor) => {
  const own = workedOnBy(actor);
  return own ? or(published, own) : undefined;
};

/** The publication time to the microsecond, so the keyset cursor never skips a row. */
const publishedKey = sql<string>`to_char(${practices.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** The association's queue: what waits for it first, then the oldest submission. */
const queueRank = sql<number>`case when ${practices.status} = 'submitted' then 0 else 1 end`;

export const practicesRepo = {
  find: async (tx: Tx, actor: Actor, id: string) =>
    (
      await tx
        .select()
        .from(practices)
        .where(and(eq(practices.id, id), visibleTo(actor)))
    )[0],

  /** The practice, locked until the transaction ends, so two moves cannot cross. */
  lock: async (tx: Tx, actor: Actor, id: string) =>
    (
      await tx
        .select()
        .from(practices)
        .where(and(eq(practices.id, id), visibleTo(actor)))
        .for('update')
    )[0],

  /** A municipality's own list (recently changed first) or, with `bodyId`, the association's queue. */
  list: (tx: Tx, actor: Actor, query: PracticeListQuery, offset: number) =>
    tx
      .select()
      .from(practices)
      .where(
        and(
          workedOnBy(actor),
          query.organisationId ? eq(practices.organisationId, query.organisationId) : undefined,
          query.bodyId ? eq(practices.bodyId, query.bodyId) : undefined,
          query.status ? eq(practices.status, query.status) : undefined,
          ...containsEveryWord(practices.search, query.q),
        ),
      )
      .orderBy(
        ...(query.bodyId
          ? [asc(queueRank), asc(sql`coalesce(${practices.submittedAt}, ${practices.createdAt})`)]
          : [desc(practices.updatedAt)]),
        asc(practices.id),
      )
      .limit(query.limit + 1)
      .offset(offset),

  insert: async (tx: Tx, values: typeof practices.$inferInsert) =>
    (await tx.insert(practices).values(values).returning())[0] as PracticeRow,

  update: async (tx: Tx, id: string, values: Partial<typeof practices.$inferInsert>) =>
    (
      await tx
        .update(practices)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(practices.id, id))
        .returning()
    )[0] as PracticeRow,

  remove: (tx: Tx, id: string) => tx.delete(practices).where(eq(practices.id, id)),

  /** The association that moderates a country's practices (the oldest, should there be two). */
  association: async (tx: Tx, countryCode: string) =>
    (
      await tx
        .select()
        .from(organisations)
        .where(
          and(
            eq(organisations.countryCode, countryCode),
            eq(organisations.kind, 'national_body'),
            eq(organisations.bodyRole, 'association'),
          ),
        )
        .orderBy(asc(organisations.createdAt), asc(organisations.id))
        .limit(1)
    )[0],

  /** Which of these practices `userId` has nominated. */
  nominatedBy: async (tx: Tx, ids: string[], userId: string | null) => {
    if (!ids.length || !userId) return new Set<string>();
    const rows = await tx
      .select({ id: practiceNominations.practiceId })
      .from(practiceNominations)
      .where(and(inArray(practiceNominations.practiceId, ids), eq(practiceNominations.userId, userId)));
    return new Set(rows.map((r) => r.id));
  },

  /** One nomination; none when the user already has one (the key decides, even in parallel). */
  nominate: async (tx: Tx, practiceId: string, userId: string) =>
    (
      await tx
        .insert(practiceNominations)
        .values({ practiceId, userId })
        .onConflictDoNothing()
        .returning({ id: practiceNominations.practiceId })
    ).length > 0,

  withdraw: (tx: Tx, practiceId: string, userId: string) =>
    tx
      .delete(practiceNominations)
      .where(and(eq(practiceNominations.practiceId, practiceId), eq(practiceNominations.userId, userId))),

  count: async (tx: Tx, id: string) =>
    (await tx.select({ n: practices.nominations }).from(practices).where(eq(practices.id, id)))[0]?.n ?? 0,
};

/** The public pages: published practices only, whoever reads (system scope). */
export const publicPracticesRepo = {
  /**
   * Newest first with a keyset (`after` the last publication time and id), or the ranking by
   * nominations, whose order moves as people nominate, by offset.
   */
  list: (tx: Tx, query: PublicPracticeQuery, after: [string, string] | null, offset: number) => {
    const ranking = query.sort === 'nominations';
    const where: Array<SQL | undefined> = [
      published,
      query.country ? eq(practices.countryCode, query.country) : undefined,
      query.categoryCode ? eq(practices.categoryCode, query.categoryCode) : undefined,
      query.year ? gte(practices.periodFrom, `${query.year}-01-01`) : undefined,
      query.year ? lte(practices.periodFrom, `${query.year}-12-31`) : undefined,
      ...containsEveryWord(practices.search, query.q),
      after && !ranking
        ? sql`(${practices.publishedAt}, ${practices.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ];
    return tx
      .select({ row: practices, key: publishedKey })
      .from(practices)
      .where(and(...where))
      .orderBy(
        ...(ranking ? [desc(practices.nominations)] : []),
        desc(practices.publishedAt),
        desc(practices.id),
      )
      .limit(query.limit + 1)
      .offset(ranking ? offset : 0);
  },

  find: async (tx: Tx, id: string) =>
    (
      await tx
        .select()
        .from(practices)
        .where(and(eq(practices.id, id), published))
    )[0],

  /** The association's choice for the week starting `monday`. */
  chosen: async (tx: Tx, country: string, monday: string) =>
    (
      await tx
        .select({ week: practiceWeeks, row: practices })
        .from(practiceWeeks)
        .innerJoin(practices, eq(practices.id, practiceWeeks.practiceId))
        .where(and(eq(practiceWeeks.weekOf, monday), eq(practices.countryCode, country), published))
        .orderBy(desc(practiceWeeks.createdAt))
        .limit(1)
    )[0],

  /** The most nominated practice published since `since`. */
  mostNominated: async (tx: Tx, country: string, since: Date) =>
    (
      await tx
        .select()
        .from(practices)
        .where(and(eq(practices.countryCode, country), published, gte(practices.publishedAt, since)))
        .orderBy(desc(practices.nominations), desc(practices.publishedAt), desc(practices.id))
        .limit(1)
    )[0],
};
