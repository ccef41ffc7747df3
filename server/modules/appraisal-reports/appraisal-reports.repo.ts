import { and, between, desc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import type { Reach } from '../../platform/access/reach';
import { inReachOrgs } from '../../platform/access/reach';
import { lockedStatuses } from '../appraisals/appraisals.repo';
import { appraisalCycles, appraisals } from '../appraisals/appraisals.tables';

const a = appraisals;

/** Graded people per key and grade: counted by the database, one row per pair. */
export type GradeCount = { key: string | null; grade: number; count: number };

/**
 * The grades in force of decided appraisals (finalised, under appeal or closed: a decision stands
 * until an appeal changes it), regular ones only, so that each person counts once a year. Values
 * written out rather than bound, so that the planner can match a partial index on the same terms.
 */
const decided = sql`${a.kind} = 'regular' and ${a.status} in (${sql.raw(
  lockedStatuses.map((s) => `'${s}'`).join(', '),
)}) and ${a.grade} is not null`;

const graded = (organisationIds: string[], years: SQL) =>
  and(inArray(a.organisationId, organisationIds), years, decided);

/** Grades counted by the database per value of `by` (none: in all), grouped before any cast. */
function gradesBy(tx: Tx, organisationIds: string[], by: AnyPgColumn | null, years: SQL) {
  if (organisationIds.length === 0) return Promise.resolve([] as GradeCount[]);
  const key = by ? sql<string | null>`${by}::text` : sql<string | null>`null`;
  return tx
    .select({ key, grade: sql<number>`${a.grade}`, count: sql<number>`count(*)::int` })
    .from(a)
    .where(graded(organisationIds, years))
    .groupBy(...(by ? [by] : []), a.grade);
}

const keyOf = { unit: a.orgUnitId, municipality: a.organisationId, none: null };

export const appraisalReportsRepo = {
  /** One year's grades per unit as placed when appraised, per municipality, or in all. */
  grades: (tx: Tx, organisationIds: string[], year: number, by: keyof typeof keyOf) =>
    gradesBy(tx, organisationIds, keyOf[by], eq(a.year, year)),

  /** Grades per year over a span of years. */
  gradesPerYear: (tx: Tx, organisationIds: string[], from: number, to: number) =>
    gradesBy(tx, organisationIds, a.year, between(a.year, from, to)),

  /** Years with a cycle in these organisations, newest first. */
  years: async (tx: Tx, organisationIds: string[]) =>
    organisationIds.length
      ? (
          await tx
            .selectDistinct({ year: appraisalCycles.year })
            .from(appraisalCycles)
            .where(inArray(appraisalCycles.organisationId, organisationIds))
            .orderBy(desc(appraisalCycles.year))
        ).map((r) => r.year)
      : [],

  /** Whether any grade of the year has been decided. */
  hasGrades: async (tx: Tx, organisationIds: string[], year: number) =>
    organisationIds.length > 0 &&
    (
      await tx
        .select({ one: sql`1` })
        .from(a)
        .where(graded(organisationIds, eq(a.year, year)))
        .limit(1)
    ).length > 0,

  cycleOfYear: async (tx: Tx, organisationId: string, year: number) =>
    (
      await tx
        .select()
        .from(appraisalCycles)
        .where(and(eq(appraisalCycles.organisationId, organisationId), eq(appraisalCycles.year, year)))
    )[0],

  findCycle: async (tx: Tx, reach: Reach, id: string) =>
    (
      await tx
        .select()
        .from(appraisalCycles)
        .where(and(eq(appraisalCycles.id, id), inReachOrgs(appraisalCycles.organisationId, reach)))
    )[0],

  /** A cycle's appraisals per unit and status: how many, overdue (open past the step's deadline), without rater. */
  progress: (tx: Tx, cycleId: string, today: string) =>
    tx
      .select({
        unitId: a.orgUnitId,
        status: a.status,
        count: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) filter (where ${a.dueOn} < ${today} and ${notInArray(a.status, [...lockedStatuses])})::int`,
        withoutRater: sql<number>`count(*) filter (where ${a.raterUserId} is null)::int`,
      })
      .from(a)
      .where(eq(a.cycleId, cycleId))
      .groupBy(a.orgUnitId, a.status),
};
