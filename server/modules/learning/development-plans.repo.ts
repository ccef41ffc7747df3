import { and, asc, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Reach } from '../../platform/access/reach';
import { trainingNeeds } from '../appraisals/appraisals.tables';
import { competencies } from '../competencies/competencies.tables';
import { organisations } from '../organisations/organisations.tables';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { enrolments } from './enrolments.tables';
import { developmentPlanItems, developmentPlans } from './planning.tables';
import { programmes } from './programmes.tables';
import { trainingSessions } from './sessions.tables';

export type PlanRow = typeof developmentPlans.$inferSelect;
export type PlanItemRow = typeof developmentPlanItems.$inferSelect;
export type PlanFilter = { organisationId?: string; employeeId?: string; year?: number; userId?: string };

const columns = {
  plan: developmentPlans,
  givenName: employees.givenName,
  familyName: employees.familyName,
  givenNameLatin: employees.givenNameLatin,
  familyNameLatin: employees.familyNameLatin,
  employeeUserId: employees.userId,
};
export const developmentPlansRepo = {
  /** Plans of the employees the reach covers. */
  list: (tx: Tx, reach: Reach, userId: string, f: PlanFilter) =>
    tx
      .select(columns)
      .from(developmentPlans)
      .innerJoin(employees, eq(employees.id, developmentPlans.employeeId))
      .where(
        and(
          employeeReach(reach, userId),
          f.organisationId ? eq(developmentPlans.organisationId, f.organisationId) : undefined,
          f.employeeId ? eq(developmentPlans.employeeId, f.employeeId) : undefined,
          f.year ? eq(developmentPlans.year, f.year) : undefined,
          f.userId ? eq(employees.userId, f.userId) : undefined,
        ),
      )
      .orderBy(desc(developmentPlans.year), asc(employees.sortName), asc(developmentPlans.id))
      .limit(500),

  find: async (tx: Tx, reach: Reach, userId: string, id: string) =>
    (
      await tx
        .select(columns)
        .from(developmentPlans)
        .innerJoin(employees, eq(employees.id, developmentPlans.employeeId))
        .where(and(eq(developmentPlans.id, id), employeeReach(reach, userId)))
    )[0],

  /** The employee, if the reach covers them. */
  employee: async (tx: Tx, reach: Reach, userId: string, id: string) =>
    (
      await tx
        .select({ id: employees.id, organisationId: employees.organisationId })
        .from(employees)
        .where(and(eq(employees.id, id), employeeReach(reach, userId)))
    )[0],

  /** The new plan, or nothing when the person already has one for that year. */
  insert: async (tx: Tx, values: typeof developmentPlans.$inferInsert) =>
    (await tx.insert(developmentPlans).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<PlanRow>) =>
    (
      await tx
        .update(developmentPlans)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(developmentPlans.id, id))
        .returning()
    )[0] as PlanRow,

  touch: (tx: Tx, id: string) =>
    tx.update(developmentPlans).set({ updatedAt: new Date() }).where(eq(developmentPlans.id, id)),

  remove: (tx: Tx, id: string) => tx.delete(developmentPlans).where(eq(developmentPlans.id, id)),

  items: (tx: Tx, planIds: readonly string[]) =>
    planIds.length
      ? tx
          .select({
            item: developmentPlanItems,
            programmeTitle: programmes.title,
            competencyName: {
              name: competencies.name,
              nameLatin: competencies.nameLatin,
              nameEn: competencies.nameEn,
            },
          })
          .from(developmentPlanItems)
          .leftJoin(programmes, eq(programmes.id, developmentPlanItems.programmeId))
          .leftJoin(competencies, eq(competencies.id, developmentPlanItems.competencyId))
          .where(inArray(developmentPlanItems.planId, [...planIds]))
          .orderBy(asc(developmentPlanItems.sortOrder), asc(developmentPlanItems.id))
      : Promise.resolve([]),

  item: async (tx: Tx, planId: string, id: string) =>
    (
      await tx
        .select()
        .from(developmentPlanItems)
        .where(and(eq(developmentPlanItems.planId, planId), eq(developmentPlanItems.id, id)))
    )[0],

  insertItems: async (
    tx: Tx,
    planId: string,
    rows: Array<Omit<typeof developmentPlanItems.$inferInsert, 'planId' | 'sortOrder'>>,
  ) => {
    if (!rows.length) return [];
    const [last] = await tx
      .select({ n: max(developmentPlanItems.sortOrder) })
      .from(developmentPlanItems)
      .where(eq(developmentPlanItems.planId, planId));
    const start = (last?.n ?? 0) + 1;
    return tx
      .insert(developmentPlanItems)
      .values(rows.map((r, i) => ({ ...r, planId, sortOrder: start + i })))
      .returning();
  },

  updateItem: async (tx: Tx, id: string, values: Partial<PlanItemRow>) =>
    (
      await tx.update(developmentPlanItems).set(values).where(eq(developmentPlanItems.id, id)).returning()
    )[0] as PlanItemRow,

  removeItem: (tx: Tx, id: string) => tx.delete(developmentPlanItems).where(eq(developmentPlanItems.id, id)),

  /** Programmes the employees completed a session of, per employee, in sessions ending in `year`. */
  completed: async (tx: Tx, employeeIds: readonly string[], year: number) => {
    if (!employeeIds.length) return new Set<string>();
    const rows = await tx
      .selectDistinct({ employeeId: enrolments.employeeId, programmeId: trainingSessions.programmeId })
      .from(enrolments)
      .innerJoin(trainingSessions, eq(trainingSessions.id, enrolments.sessionId))
      .where(
        and(
          inArray(enrolments.employeeId, [...employeeIds]),
          eq(enrolments.status, 'completed'),
          sql`extract(year from ${trainingSessions.lastDay}) = ${year}`,
        ),
      );
    return new Set(rows.map((r) => `${r.employeeId}:${r.programmeId}`));
  },

  /** The person's recorded needs of the year: competency gaps and written needs. */
  needsOf: (tx: Tx, employeeId: string, year: number) =>
    tx
      .select({ competencyId: trainingNeeds.competencyId, text: trainingNeeds.text })
      .from(trainingNeeds)
      .where(and(eq(trainingNeeds.employeeId, employeeId), eq(trainingNeeds.year, year)))
      .orderBy(asc(trainingNeeds.createdAt)),

  countryOf: async (tx: Tx, organisationId: string) =>
    (
      await tx
        .select({ code: organisations.countryCode })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
    )[0]?.code ?? '',

  /** A published catalogue programme of the country addressing the competency (accredited first). */
  suggestion: async (tx: Tx, countryCode: string, competencyId: string) =>
    (
      await tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(
          and(
            eq(programmes.countryCode, countryCode),
            eq(programmes.status, 'published'),
            isNotNull(programmes.competencyIds),
            sql`${competencyId}::uuid = any(${programmes.competencyIds})`,
          ),
        )
        .orderBy(sql`${programmes.accreditation} = 'accredited' desc`, asc(programmes.code))
        .limit(1)
    )[0]?.id ?? null,
};

export type PlanFound = NonNullable<Awaited<ReturnType<typeof developmentPlansRepo.find>>>;
