import { and, asc, desc, eq, like, ne, type SQL, sql } from 'drizzle-orm';
import type { PositionListQuery } from '../../../contracts/positions';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import { inReachOrgs, type Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { employees } from '../people/people.tables';
import { positions, systematisations } from './positions.tables';

export type SystematisationRow = typeof systematisations.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type PositionWithCount = PositionRow & { occupied: number };

/**
 * Active people on a position: a correlated count, cheap for the few hundred jobs of one act. The
 * outer column is spelled out because Drizzle leaves columns unqualified in select lists.
 */
const occupiedOf = sql<number>`(select count(*)::int from ${employees} e
  where e.position_id = "positions"."id" and e.status = 'active')`;

/** The act's own order: job numbers compared as numbers ("2" before "12"). */
const actOrder = sql<string>`lpad(coalesce(${positions.code}, ''), 12, '0')`;

/** Versions with their number of positions and executors. */
const countedVersions = (tx: Tx, where: SQL | undefined) =>
  tx
    .select({
      row: systematisations,
      positions: sql<number>`count(${positions.id})::int`,
      executors: sql<number>`coalesce(sum(${positions.executors}), 0)::int`,
    })
    .from(systematisations)
    .leftJoin(positions, eq(positions.systematisationId, systematisations.id))
    .where(where)
    .groupBy(systematisations.id);

export const positionsRepo = {
  listVersions: (tx: Tx, organisationId: string) =>
    countedVersions(tx, eq(systematisations.organisationId, organisationId)).orderBy(
      desc(systematisations.createdAt),
    ),

  findVersion: async (tx: Tx, reach: Reach, id: string) =>
    (
      await countedVersions(
        tx,
        and(eq(systematisations.id, id), inReachOrgs(systematisations.organisationId, reach)),
      )
    )[0],

  insertVersion: async (tx: Tx, values: typeof systematisations.$inferInsert) =>
    (await tx.insert(systematisations).values(values).returning())[0] as SystematisationRow,

  updateVersion: (tx: Tx, id: string, values: Partial<typeof systematisations.$inferInsert>) =>
    tx
      .update(systematisations)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(systematisations.id, id)),

  deleteVersion: (tx: Tx, id: string) => tx.delete(systematisations).where(eq(systematisations.id, id)),

  /** Marks the act in force as superseded; answers its id when there was one. */
  async supersede(tx: Tx, organisationId: string): Promise<string | undefined> {
    const rows = await tx
      .update(systematisations)
      .set({ status: 'superseded', updatedAt: new Date() })
      .where(and(eq(systematisations.organisationId, organisationId), eq(systematisations.status, 'adopted')))
      .returning({ id: systematisations.id });
    return rows[0]?.id;
  },

  /** A draft starts as a copy of another version; each copy remembers its source position. */
  copyPositions: (tx: Tx, fromVersion: string, toVersion: string) =>
    tx.execute(sql`insert into ${positions} (organisation_id, systematisation_id, org_unit_id, source_id, code,
        name, name_latin, category, title_code, executors, description, required_education,
        required_competencies, search)
      select organisation_id, ${toVersion}, org_unit_id, id, code, name, name_latin, category, title_code,
        executors, description, required_education, required_competencies, search
      from ${positions} where systematisation_id = ${fromVersion}`),

  async listPositions(tx: Tx, query: PositionListQuery, after: [string, string] | null) {
    const q = query.q ? foldForSearch(query.q) : '';
    return tx
      .select({ row: positions, occupied: occupiedOf })
      .from(positions)
      .where(
        and(
          eq(positions.systematisationId, query.systematisationId),
          query.orgUnitId ? eq(positions.orgUnitId, query.orgUnitId) : undefined,
          query.category ? eq(positions.category, query.category) : undefined,
          q ? like(positions.search, containsPattern(q)) : undefined,
          after ? sql`(${actOrder}, ${positions.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(actOrder, asc(positions.id))
      .limit(query.limit + 1);
  },

  async findPosition(tx: Tx, reach: Reach, id: string) {
    return (
      await tx
        .select({ row: positions, occupied: occupiedOf, status: systematisations.status })
        .from(positions)
        .innerJoin(systematisations, eq(systematisations.id, positions.systematisationId))
        .where(and(eq(positions.id, id), inReachOrgs(positions.organisationId, reach)))
    )[0];
  },

  insertPosition: async (tx: Tx, values: typeof positions.$inferInsert) =>
    (await tx.insert(positions).values(values).returning())[0] as PositionRow,

  updatePosition: async (tx: Tx, id: string, values: Partial<typeof positions.$inferInsert>) =>
    (
      await tx
        .update(positions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(positions.id, id))
        .returning()
    )[0] as PositionRow,

  deletePosition: (tx: Tx, id: string) => tx.delete(positions).where(eq(positions.id, id)),

  /** Positions vs executors vs occupied, per org unit, for one version. */
  async staffing(tx: Tx, versionId: string) {
    return tx
      .select({
        orgUnitId: positions.orgUnitId,
        positions: sql<number>`count(*)::int`,
        executors: sql<number>`sum(${positions.executors})::int`,
        occupied: sql<number>`sum(${occupiedOf})::int`,
      })
      .from(positions)
      .where(eq(positions.systematisationId, versionId))
      .groupBy(positions.orgUnitId);
  },

  /** Active people of the organisation whose position is not one of this version's. */
  async onOtherVersions(tx: Tx, organisationId: string, versionId: string): Promise<number> {
    const rows = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(employees)
      .innerJoin(positions, eq(positions.id, employees.positionId))
      .where(
        and(
          eq(employees.organisationId, organisationId),
          eq(employees.status, 'active'),
          ne(positions.systematisationId, versionId),
        ),
      );
    return rows[0]?.n ?? 0;
  },
};
