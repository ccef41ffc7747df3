import { and, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Reach } from '../../platform/access/reach';
import { organisations } from '../organisations/organisations.tables';
import { employees, employments } from '../people/people.tables';
import { positions, systematisations } from '../positions/positions.tables';
import { hrPlanLines, hrPlans } from './hr-plans.tables';

export type HrPlanRow = typeof hrPlans.$inferSelect;
export type HrPlanLineRow = typeof hrPlanLines.$inferSelect;
export type PlanWithAct = { row: HrPlanRow; actNumber: string | null };
/** A count of people or jobs by title (and contract, where it matters). */
export type TitleCount = { category: string; titleCode: string; contractType?: string; n: number };

/** Plans of organisations within the reach: its own ones, or every one of its countries. */
function reachFilter(reach: Reach): SQL | undefined {
  if (reach.all) return undefined;
  const parts: SQL[] = [];
  if (reach.orgIds.length) parts.push(inArray(hrPlans.organisationId, reach.orgIds));
  if (reach.countries.length)
    parts.push(
      inArray(
        hrPlans.organisationId,
        sql`(select ${organisations.id} from ${organisations} where ${inArray(organisations.countryCode, reach.countries)})`,
      ),
    );
  return parts.length ? or(...parts) : sql`false`;
}

const withAct = (tx: Tx) =>
  tx
    .select({ row: hrPlans, actNumber: systematisations.number })
    .from(hrPlans)
    .leftJoin(systematisations, eq(systematisations.id, hrPlans.systematisationId));

export const hrPlansRepo = {
  list: (tx: Tx, organisationId: string): Promise<PlanWithAct[]> =>
    withAct(tx).where(eq(hrPlans.organisationId, organisationId)).orderBy(desc(hrPlans.year)),

  find: async (tx: Tx, reach: Reach, id: string): Promise<PlanWithAct | undefined> =>
    (await withAct(tx).where(and(eq(hrPlans.id, id), reachFilter(reach))))[0],

  linesOf: (tx: Tx, planIds: string[]) =>
    planIds.length
      ? tx.select().from(hrPlanLines).where(inArray(hrPlanLines.planId, planIds))
      : Promise.resolve([] as HrPlanLineRow[]),

  findLine: async (tx: Tx, planId: string, lineId: string) =>
    (
      await tx
        .select()
        .from(hrPlanLines)
        .where(and(eq(hrPlanLines.id, lineId), eq(hrPlanLines.planId, planId)))
    )[0],

  /** Undefined when a plan for that year exists: two concurrent creates meet the unique index here. */
  insert: async (tx: Tx, values: typeof hrPlans.$inferInsert) =>
    (await tx.insert(hrPlans).values(values).onConflictDoNothing().returning())[0] as HrPlanRow | undefined,

  insertLines: async (tx: Tx, values: Array<typeof hrPlanLines.$inferInsert>) => {
    if (values.length) await tx.insert(hrPlanLines).values(values);
  },

  update: (tx: Tx, id: string, values: Partial<typeof hrPlans.$inferInsert>) =>
    tx
      .update(hrPlans)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(hrPlans.id, id)),

  updateLine: async (tx: Tx, lineId: string, values: Partial<typeof hrPlanLines.$inferInsert>) =>
    (
      await tx.update(hrPlanLines).set(values).where(eq(hrPlanLines.id, lineId)).returning()
    )[0] as HrPlanLineRow,

  delete: (tx: Tx, id: string) => tx.delete(hrPlans).where(eq(hrPlans.id, id)),

  /** The act on systematisation in force (the adopted version; older ones are superseded). */
  actInForce: async (tx: Tx, organisationId: string) =>
    (
      await tx
        .select({ id: systematisations.id, number: systematisations.number })
        .from(systematisations)
        .where(
          and(eq(systematisations.organisationId, organisationId), eq(systematisations.status, 'adopted')),
        )
    )[0],

  /** Executors the act foresees, by title. */
  jobsByTitle: (tx: Tx, systematisationId: string): Promise<TitleCount[]> =>
    tx
      .select({
        category: positions.category,
        titleCode: positions.titleCode,
        n: sql<number>`sum(${positions.executors})::int`,
      })
      .from(positions)
      .where(eq(positions.systematisationId, systematisationId))
      .groupBy(positions.category, positions.titleCode),

  /** Active employees by title and contract. */
  staffByTitle: (tx: Tx, organisationId: string): Promise<TitleCount[]> =>
    tx
      .select({
        category: sql<string>`${employees.category}`,
        titleCode: sql<string>`${employees.titleCode}`,
        contractType: sql<string>`coalesce(${employees.contractType}, 'permanent')`,
        n: sql<number>`count(*)::int`,
      })
      .from(employees)
      .where(
        and(
          eq(employees.organisationId, organisationId),
          eq(employees.status, 'active'),
          isNotNull(employees.category),
          isNotNull(employees.titleCode),
        ),
      )
      .groupBy(employees.category, employees.titleCode, employees.contractType),

  /** Hire records starting in the year, by title and contract. */
  hiresByTitle: (tx: Tx, organisationId: string, year: number): Promise<TitleCount[]> =>
    tx
      .select({
        category: employments.category,
        titleCode: employments.titleCode,
        contractType: employments.contractType,
        n: sql<number>`count(*)::int`,
      })
      .from(employments)
      .where(
        and(
          eq(employments.organisationId, organisationId),
          eq(employments.kind, 'hire'),
          sql`${employments.startsOn} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
        ),
      )
      .groupBy(employments.category, employments.titleCode, employments.contractType),
};
