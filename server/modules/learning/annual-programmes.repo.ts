import { and, asc, count, desc, eq, inArray, max, or, type SQL, sql } from 'drizzle-orm';
import type { AnnualProgrammeListQuery } from '../../../contracts/annual-programmes';
import type { Tx } from '../../db/client';
import { enrolments } from './enrolments.tables';
import { annualProgrammeItems, annualProgrammes } from './planning.tables';
import { programmes } from './programmes.tables';
import { trainingSessions } from './sessions.tables';

export type AnnualProgrammeRow = typeof annualProgrammes.$inferSelect;
export type AnnualItemRow = typeof annualProgrammeItems.$inferSelect;
/** An item with what the display needs of its catalogue programme. */
export type AnnualItemView = {
  item: AnnualItemRow;
  code: string | null;
  catalogueTitle: AnnualItemRow['title'];
  registerNumber: string | null;
  topicArea: string | null;
};

/**
 * Who sees which programme: the organisation's own readers, national admins of the country, and
 * everybody once a general programme is adopted (the same rule as the row-level policy).
 */
export type Visibility = { all: boolean; orgIds: string[]; countries: string[] };

function visibleTo(v: Visibility): SQL | undefined {
  if (v.all) return undefined;
  return or(
    and(eq(annualProgrammes.kind, 'general'), eq(annualProgrammes.status, 'adopted')),
    v.orgIds.length ? inArray(annualProgrammes.organisationId, v.orgIds) : undefined,
    v.countries.length ? inArray(annualProgrammes.countryCode, v.countries) : undefined,
  );
}

const itemColumns = {
  item: annualProgrammeItems,
  code: programmes.code,
  catalogueTitle: programmes.title,
  registerNumber: programmes.registerNumber,
  topicArea: programmes.topicArea,
};

export const annualProgrammesRepo = {
  list: (tx: Tx, v: Visibility, query: AnnualProgrammeListQuery) =>
    tx
      .select()
      .from(annualProgrammes)
      .where(
        and(
          visibleTo(v),
          query.organisationId ? eq(annualProgrammes.organisationId, query.organisationId) : undefined,
          query.country ? eq(annualProgrammes.countryCode, query.country) : undefined,
          query.year ? eq(annualProgrammes.year, query.year) : undefined,
          query.kind ? eq(annualProgrammes.kind, query.kind) : undefined,
        ),
      )
      .orderBy(desc(annualProgrammes.year), asc(annualProgrammes.kind), asc(annualProgrammes.id))
      .limit(500),

  find: async (tx: Tx, v: Visibility, id: string, lock = false) => {
    const q = tx
      .select()
      .from(annualProgrammes)
      .where(and(eq(annualProgrammes.id, id), visibleTo(v)));
    return (await (lock ? q.for('update') : q))[0];
  },

  /** Planned totals of each programme, for the list. */
  totals: (tx: Tx, ids: string[]) =>
    ids.length
      ? tx
          .select({
            id: annualProgrammeItems.annualProgrammeId,
            sessions: sql<number>`coalesce(sum(${annualProgrammeItems.plannedSessions}), 0)::int`,
            participants: sql<number>`coalesce(sum(${annualProgrammeItems.plannedParticipants}), 0)::int`,
            budget: sql<number>`coalesce(sum(${annualProgrammeItems.budget}), 0)::float8`,
          })
          .from(annualProgrammeItems)
          .where(inArray(annualProgrammeItems.annualProgrammeId, ids))
          .groupBy(annualProgrammeItems.annualProgrammeId)
      : Promise.resolve([]),

  items: (tx: Tx, programmeId: string): Promise<AnnualItemView[]> =>
    tx
      .select(itemColumns)
      .from(annualProgrammeItems)
      .leftJoin(programmes, eq(programmes.id, annualProgrammeItems.programmeId))
      .where(eq(annualProgrammeItems.annualProgrammeId, programmeId))
      .orderBy(asc(annualProgrammeItems.sortOrder), asc(annualProgrammeItems.id)),

  item: async (tx: Tx, programmeId: string, itemId: string) =>
    (
      await tx
        .select()
        .from(annualProgrammeItems)
        .where(
          and(eq(annualProgrammeItems.id, itemId), eq(annualProgrammeItems.annualProgrammeId, programmeId)),
        )
    )[0],

  nextSortOrder: async (tx: Tx, programmeId: string) => {
    const [row] = await tx
      .select({ top: max(annualProgrammeItems.sortOrder) })
      .from(annualProgrammeItems)
      .where(eq(annualProgrammeItems.annualProgrammeId, programmeId));
    return (row?.top ?? 0) + 1;
  },

  /** Undefined when the organisation already has this year's programme of this kind. */
  insert: async (tx: Tx, values: typeof annualProgrammes.$inferInsert) =>
    (await tx.insert(annualProgrammes).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<typeof annualProgrammes.$inferInsert>) =>
    (
      await tx
        .update(annualProgrammes)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(annualProgrammes.id, id))
        .returning()
    )[0] as AnnualProgrammeRow,

  /** The programme's change time moves with its items, so the list shows when it was last worked on. */
  touch: (tx: Tx, id: string) =>
    tx.update(annualProgrammes).set({ updatedAt: new Date() }).where(eq(annualProgrammes.id, id)),

  delete: (tx: Tx, id: string) => tx.delete(annualProgrammes).where(eq(annualProgrammes.id, id)),

  insertItems: async (tx: Tx, values: Array<typeof annualProgrammeItems.$inferInsert>) =>
    values.length ? tx.insert(annualProgrammeItems).values(values).returning() : [],

  updateItem: async (tx: Tx, id: string, values: Partial<typeof annualProgrammeItems.$inferInsert>) =>
    (
      await tx.update(annualProgrammeItems).set(values).where(eq(annualProgrammeItems.id, id)).returning()
    )[0] as AnnualItemRow,

  deleteItem: (tx: Tx, id: string) => tx.delete(annualProgrammeItems).where(eq(annualProgrammeItems.id, id)),

  /** Completed sessions of the year per catalogue programme, organised by `organiserId`. */
  deliveredSessions: (tx: Tx, organiserId: string, year: number, programmeIds: string[]) =>
    tx
      .select({ programmeId: trainingSessions.programmeId, n: count() })
      .from(trainingSessions)
      .where(
        and(
          eq(trainingSessions.organiserId, organiserId),
          eq(trainingSessions.status, 'completed'),
          inArray(trainingSessions.programmeId, programmeIds),
          sql`extract(year from ${trainingSessions.lastDay}) = ${year}`,
        ),
      )
      .groupBy(trainingSessions.programmeId),

  /** Completed participants of the year per catalogue programme, of a municipality or of a body's sessions. */
  trained: (
    tx: Tx,
    side: { organisationId: string } | { organiserId: string },
    year: number,
    programmeIds: string[],
  ) =>
    tx
      .select({ programmeId: trainingSessions.programmeId, n: count() })
      .from(enrolments)
      .innerJoin(trainingSessions, eq(trainingSessions.id, enrolments.sessionId))
      .where(
        and(
          'organisationId' in side
            ? eq(enrolments.organisationId, side.organisationId)
            : eq(enrolments.organiserId, side.organiserId),
          eq(enrolments.status, 'completed'),
          inArray(trainingSessions.programmeId, programmeIds),
          sql`extract(year from ${trainingSessions.lastDay}) = ${year}`,
        ),
      )
      .groupBy(trainingSessions.programmeId),
};
