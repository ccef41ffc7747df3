import { and, asc, desc, eq, inArray, isNull, like, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { AppraisalListQuery, TrainingNeedListQuery } from '../../../contracts/appraisals';
import type { Tx } from '../../db/client';
import { collated, containsPattern, readsLatin } from '../../db/collation';
import type { Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { memberships, users } from '../identity/identity.tables';
import { organisations, orgUnits } from '../organisations/organisations.tables';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { positions } from '../positions/positions.tables';
import {
  appraisalCompetencies,
  appraisalCycles,
  appraisalGoals,
  appraisals,
  trainingNeeds,
} from './appraisals.tables';

export type CycleRow = typeof appraisalCycles.$inferSelect;
export type AppraisalRow = typeof appraisals.$inferSelect;
export type GoalRow = typeof appraisalGoals.$inferSelect;
export type AppraisalCompetencyRow = typeof appraisalCompetencies.$inferSelect;

/** Steps after which the record is locked. */
export const lockedStatuses = ['finalised', 'appealed', 'closed'] as const;

/** Appraisals within the reach: those of the people whose files it covers, and those one rates. */
function appraisalReach(reach: Reach, userId: string): SQL | undefined {
  const files = employeeReach(reach, userId);
  return files ? or(files, eq(appraisals.raterUserId, userId)) : undefined;
}

const summaryColumns = {
  row: appraisals,
  givenName: employees.givenName,
  familyName: employees.familyName,
  givenNameLatin: employees.givenNameLatin,
  familyNameLatin: employees.familyNameLatin,
  employeeUserId: employees.userId,
  positionName: positions.name,
  positionNameLatin: positions.nameLatin,
  raterName: users.name,
};

export type AppraisalListRow = Awaited<ReturnType<typeof appraisalsRepo.list>>[number];
export type AppraisalFound = NonNullable<Awaited<ReturnType<typeof appraisalsRepo.find>>>;

export const appraisalsRepo = {
  // ------------------------------------------------------------ cycles
  listCycles: (tx: Tx, organisationId: string) =>
    tx
      .select()
      .from(appraisalCycles)
      .where(eq(appraisalCycles.organisationId, organisationId))
      .orderBy(desc(appraisalCycles.year)),

  findCycle: async (tx: Tx, id: string) =>
    (await tx.select().from(appraisalCycles).where(eq(appraisalCycles.id, id)))[0],

  insertCycle: async (tx: Tx, values: typeof appraisalCycles.$inferInsert) =>
    (await tx.insert(appraisalCycles).values(values).onConflictDoNothing().returning())[0],

  updateCycle: async (tx: Tx, id: string, values: Partial<typeof appraisalCycles.$inferInsert>) =>
    (
      await tx.update(appraisalCycles).set(values).where(eq(appraisalCycles.id, id)).returning()
    )[0] as CycleRow,

  /** Appraisals per status, overdue and without a rater, for each of these cycles. */
  progress: (tx: Tx, cycleIds: string[], today: string) =>
    cycleIds.length
      ? tx
          .select({
            cycleId: appraisals.cycleId,
            status: appraisals.status,
            count: sql<number>`count(*)::int`,
            overdue: sql<number>`count(*) filter (where ${appraisals.dueOn} < ${today})::int`,
            withoutRater: sql<number>`count(*) filter (where ${appraisals.raterUserId} is null)::int`,
          })
          .from(appraisals)
          .where(inArray(appraisals.cycleId, cycleIds))
          .groupBy(appraisals.cycleId, appraisals.status)
      : Promise.resolve([]),

  /** Active people of the organisation who can be appraised and have no appraisal in the cycle yet. */
  appraisable: (tx: Tx, organisationId: string, hiredBy: string, categories: string[], cycleId: string) =>
    tx
      .select({
        id: employees.id,
        userId: employees.userId,
        orgUnitId: employees.orgUnitId,
        unitPath: orgUnits.path,
        positionId: employees.positionId,
        category: employees.category,
        titleCode: employees.titleCode,
        required: positions.requiredCompetencies,
      })
      .from(employees)
      .leftJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId))
      .leftJoin(positions, eq(positions.id, employees.positionId))
      .where(
        and(
          eq(employees.organisationId, organisationId),
          eq(employees.status, 'active'),
          sql`${employees.hiredOn} <= ${hiredBy}`,
          inArray(employees.category, categories),
          sql`not exists (select 1 from ${appraisals} a where a.cycle_id = ${cycleId}
            and a.employee_id = ${employees.id} and a.kind = 'regular')`,
        ),
      ),

  /** Who may rate in the organisation: its managers (with the unit they head) and HR officers. */
  raters: (tx: Tx, organisationId: string) =>
    tx
      .select({
        userId: memberships.userId,
        name: users.name,
        role: memberships.role,
        unitPath: orgUnits.path,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          inArray(memberships.role, ['manager', 'hr_officer']),
          eq(users.status, 'active'),
        ),
      )
      .orderBy(asc(users.name)),

  // ------------------------------------------------------------ appraisals
  list(
    tx: Tx,
    reach: Reach,
    userId: string,
    query: AppraisalListQuery,
    locale: Locale,
    after: [string, string] | null,
  ) {
    const name = collated(readsLatin(locale) ? employees.sortNameLatin : employees.sortName, locale);
    const q = query.q ? foldForSearch(query.q) : '';
    return tx
      .select({ ...summaryColumns, sortKey: name })
      .from(appraisals)
      .innerJoin(employees, eq(employees.id, appraisals.employeeId))
      .leftJoin(positions, eq(positions.id, appraisals.positionId))
      .leftJoin(users, eq(users.id, appraisals.raterUserId))
      .where(
        and(
          appraisalReach(reach, userId),
          query.cycleId ? eq(appraisals.cycleId, query.cycleId) : undefined,
          query.organisationId ? eq(appraisals.organisationId, query.organisationId) : undefined,
          query.employeeId ? eq(appraisals.employeeId, query.employeeId) : undefined,
          query.status ? eq(appraisals.status, query.status) : undefined,
          query.orgUnitId
            ? sql`exists (select 1 from ${orgUnits} u where u.id = ${appraisals.orgUnitId} and u.path like ${`%/${query.orgUnitId}/%`})`
            : undefined,
          query.role === 'rater' ? eq(appraisals.raterUserId, userId) : undefined,
          query.role === 'official' ? eq(employees.userId, userId) : undefined,
          q ? like(employees.search, containsPattern(q)) : undefined,
          after ? sql`(${name}, ${appraisals.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(name, asc(appraisals.id))
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, reach: Reach, userId: string, id: string) =>
    (
      await tx
        .select({
          ...summaryColumns,
          countryCode: organisations.countryCode,
          organisationName: organisations.name,
          organisationNameLatin: organisations.nameLatin,
        })
        .from(appraisals)
        .innerJoin(organisations, eq(organisations.id, appraisals.organisationId))
        .innerJoin(employees, eq(employees.id, appraisals.employeeId))
        .leftJoin(positions, eq(positions.id, appraisals.positionId))
        .leftJoin(users, eq(users.id, appraisals.raterUserId))
        .where(and(eq(appraisals.id, id), appraisalReach(reach, userId)))
    )[0],

  insert: (tx: Tx, values: Array<typeof appraisals.$inferInsert>) =>
    values.length ? tx.insert(appraisals).values(values).returning() : Promise.resolve([]),

  update: async (tx: Tx, id: string, values: Partial<typeof appraisals.$inferInsert>) =>
    (
      await tx
        .update(appraisals)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(appraisals.id, id))
        .returning()
    )[0] as AppraisalRow,

  goalsOf: (tx: Tx, appraisalId: string) =>
    tx
      .select()
      .from(appraisalGoals)
      .where(eq(appraisalGoals.appraisalId, appraisalId))
      .orderBy(asc(appraisalGoals.position)),

  replaceGoals: async (tx: Tx, appraisalId: string, values: Array<typeof appraisalGoals.$inferInsert>) => {
    await tx.delete(appraisalGoals).where(eq(appraisalGoals.appraisalId, appraisalId));
    if (values.length) await tx.insert(appraisalGoals).values(values);
  },

  updateGoal: (
    tx: Tx,
    appraisalId: string,
    id: string,
    values: Partial<typeof appraisalGoals.$inferInsert>,
  ) =>
    tx
      .update(appraisalGoals)
      .set(values)
      .where(and(eq(appraisalGoals.id, id), eq(appraisalGoals.appraisalId, appraisalId)))
      .returning({ id: appraisalGoals.id }),

  competenciesOf: (tx: Tx, appraisalId: string) =>
    tx
      .select()
      .from(appraisalCompetencies)
      .where(eq(appraisalCompetencies.appraisalId, appraisalId))
      .orderBy(asc(appraisalCompetencies.position)),

  insertCompetencies: (tx: Tx, values: Array<typeof appraisalCompetencies.$inferInsert>) =>
    values.length ? tx.insert(appraisalCompetencies).values(values) : Promise.resolve(),

  updateCompetency: (
    tx: Tx,
    appraisalId: string,
    id: string,
    values: Partial<typeof appraisalCompetencies.$inferInsert>,
  ) =>
    tx
      .update(appraisalCompetencies)
      .set(values)
      .where(and(eq(appraisalCompetencies.id, id), eq(appraisalCompetencies.appraisalId, appraisalId)))
      .returning({ id: appraisalCompetencies.id }),

  /**
   * Sets each appraisal's `due_on` to the deadline of the step it is at (the cycle's dates; an
   * extraordinary appraisal keeps its own until it is decided; nothing once decided).
   */
  refreshDueDates: (tx: Tx, where: { cycleId: string } | { id: string }) =>
    tx.execute(sql`update ${appraisals} a set due_on = case
        when a.status in ('finalised', 'appealed', 'closed') then null
        when a.kind = 'extraordinary' then a.due_on
        when a.status in ('draft', 'goals_proposed') then c.goals_due
        when a.status = 'active' and a.interim_at is null then c.interim_due
        else c.final_due end
      from ${appraisalCycles} c
      where c.id = a.cycle_id and ${'id' in where ? sql`a.id = ${where.id}` : sql`a.cycle_id = ${where.cycleId}`}`),

  /** The next number in the organisation's register of appraisal decisions for a year. */
  async nextRegisterSequence(tx: Tx, organisationId: string, year: number): Promise<number> {
    // Two decisions finalised at once must not draw the same number.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`appraisal-register:${organisationId}`}))`);
    const [row] = await tx
      .select({ max: sql<number | null>`max(${appraisals.registerSequence})` })
      .from(appraisals)
      .where(
        and(
          eq(appraisals.organisationId, organisationId),
          sql`extract(year from ${appraisals.decisionDate}) = ${year}`,
        ),
      );
    return (row?.max ?? 0) + 1;
  },

  registerNumberTaken: async (tx: Tx, organisationId: string, registerNumber: string) =>
    (
      await tx
        .select({ id: appraisals.id })
        .from(appraisals)
        .where(
          and(eq(appraisals.organisationId, organisationId), eq(appraisals.registerNumber, registerNumber)),
        )
    ).length > 0,

  /**
   * Appraisals of open cycles still under way whose step is due by `until`, with who must act;
   * with `notRemindedSince`, only those whose people were not reminded since then.
   */
  pendingDue: (tx: Tx, where: { cycleId?: string; until: string; notRemindedSince?: Date }) =>
    tx
      .select({
        id: appraisals.id,
        organisationId: appraisals.organisationId,
        year: appraisals.year,
        status: appraisals.status,
        raterUserId: appraisals.raterUserId,
        officialUserId: employees.userId,
      })
      .from(appraisals)
      .innerJoin(employees, eq(employees.id, appraisals.employeeId))
      .innerJoin(appraisalCycles, eq(appraisalCycles.id, appraisals.cycleId))
      .where(
        and(
          eq(appraisalCycles.status, 'open'),
          where.cycleId ? eq(appraisals.cycleId, where.cycleId) : undefined,
          notInArray(appraisals.status, [...lockedStatuses, 'acknowledged']),
          sql`${appraisals.dueOn} <= ${where.until}`,
          where.notRemindedSince
            ? or(isNull(appraisals.remindedAt), lt(appraisals.remindedAt, where.notRemindedSince))
            : undefined,
        ),
      ),

  markReminded: (tx: Tx, ids: string[]) =>
    ids.length
      ? tx.update(appraisals).set({ remindedAt: new Date() }).where(inArray(appraisals.id, ids))
      : Promise.resolve(),

  openCount: async (tx: Tx, cycleId: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(appraisals)
        .where(and(eq(appraisals.cycleId, cycleId), notInArray(appraisals.status, ['finalised', 'closed'])))
    )[0]?.n ?? 0,

  insertTrainingNeeds: (tx: Tx, values: Array<typeof trainingNeeds.$inferInsert>) =>
    values.length ? tx.insert(trainingNeeds).values(values) : Promise.resolve(),

  trainingNeeds: (tx: Tx, reach: Reach, userId: string, query: TrainingNeedListQuery) =>
    tx
      .select({
        row: trainingNeeds,
        givenName: employees.givenName,
        familyName: employees.familyName,
        givenNameLatin: employees.givenNameLatin,
        familyNameLatin: employees.familyNameLatin,
        competencyName: appraisalCompetencies.name,
        competencyNameLatin: appraisalCompetencies.nameLatin,
        competencyNameEn: appraisalCompetencies.nameEn,
      })
      .from(trainingNeeds)
      .innerJoin(employees, eq(employees.id, trainingNeeds.employeeId))
      .leftJoin(
        appraisalCompetencies,
        and(
          eq(appraisalCompetencies.appraisalId, trainingNeeds.appraisalId),
          eq(appraisalCompetencies.competencyId, trainingNeeds.competencyId),
        ),
      )
      .where(
        and(
          eq(trainingNeeds.organisationId, query.organisationId),
          employeeReach(reach, userId),
          query.year ? eq(trainingNeeds.year, query.year) : undefined,
          query.employeeId ? eq(trainingNeeds.employeeId, query.employeeId) : undefined,
        ),
      )
      .orderBy(desc(trainingNeeds.year), asc(employees.sortName)),

  /** Grades in force per person and year (regular appraisals), newest first. */
  gradeHistory: (tx: Tx, organisationId: string, fromYear: number) =>
    tx
      .select({
        employeeId: appraisals.employeeId,
        year: appraisals.year,
        grade: appraisals.grade,
        givenName: employees.givenName,
        familyName: employees.familyName,
        givenNameLatin: employees.givenNameLatin,
        familyNameLatin: employees.familyNameLatin,
        titleCode: employees.titleCode,
      })
      .from(appraisals)
      .innerJoin(employees, eq(employees.id, appraisals.employeeId))
      .where(
        and(
          eq(appraisals.organisationId, organisationId),
          eq(appraisals.kind, 'regular'),
          inArray(appraisals.status, ['finalised', 'appealed', 'closed']),
          sql`${appraisals.year} >= ${fromYear}`,
          eq(employees.status, 'active'),
        ),
      )
      .orderBy(asc(employees.sortName), desc(appraisals.year)),
};
