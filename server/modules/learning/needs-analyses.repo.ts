import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { trainingNeeds } from '../appraisals/appraisals.tables';
import { competencies } from '../competencies/competencies.tables';
import { memberships } from '../identity/identity.tables';
import { employees } from '../people/people.tables';
import {
  annualProgrammeItems,
  annualProgrammes,
  needsAnalyses,
  needsSurveyAnswers,
  needsTriggers,
} from './planning.tables';
import { programmes } from './programmes.tables';

export type NeedsAnalysisRow = typeof needsAnalyses.$inferSelect;
export type NeedsTriggerRow = typeof needsTriggers.$inferSelect;
export type SurveyAnswerRow = typeof needsSurveyAnswers.$inferSelect;

export const needsAnalysesRepo = {
  list: (tx: Tx, organisationId: string) =>
    tx
      .select()
      .from(needsAnalyses)
      .where(eq(needsAnalyses.organisationId, organisationId))
      .orderBy(desc(needsAnalyses.year)),

  find: async (tx: Tx, id: string) =>
    (await tx.select().from(needsAnalyses).where(eq(needsAnalyses.id, id)))[0],

  lock: async (tx: Tx, id: string) =>
    (await tx.select().from(needsAnalyses).where(eq(needsAnalyses.id, id)).for('update'))[0],

  /** The new analysis, or nothing when the organisation already has one for that year. */
  insert: async (tx: Tx, values: typeof needsAnalyses.$inferInsert) =>
    (await tx.insert(needsAnalyses).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<NeedsAnalysisRow>) =>
    (
      await tx
        .update(needsAnalyses)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(needsAnalyses.id, id))
        .returning()
    )[0] as NeedsAnalysisRow,

  /** How many answered, per analysis. */
  answeredCounts: async (tx: Tx, ids: readonly string[]) => {
    if (!ids.length) return new Map<string, number>();
    const rows = await tx
      .select({ id: needsSurveyAnswers.analysisId, n: count() })
      .from(needsSurveyAnswers)
      .where(inArray(needsSurveyAnswers.analysisId, [...ids]))
      .groupBy(needsSurveyAnswers.analysisId);
    return new Map(rows.map((r) => [r.id, r.n]));
  },

  triggers: (tx: Tx, analysisId: string) =>
    tx
      .select()
      .from(needsTriggers)
      .where(eq(needsTriggers.analysisId, analysisId))
      .orderBy(asc(needsTriggers.createdAt), asc(needsTriggers.id)),

  insertTrigger: async (tx: Tx, values: typeof needsTriggers.$inferInsert) =>
    (await tx.insert(needsTriggers).values(values).returning())[0] as NeedsTriggerRow,

  deleteTrigger: async (tx: Tx, analysisId: string, id: string) =>
    (
      await tx
        .delete(needsTriggers)
        .where(and(eq(needsTriggers.analysisId, analysisId), eq(needsTriggers.id, id)))
        .returning()
    )[0],

  /** Is the competency one of the country's framework or of the municipality's own? */
  competencyKnown: async (tx: Tx, id: string, countryCode: string, organisationId: string) =>
    (
      await tx
        .select({ id: competencies.id })
        .from(competencies)
        .where(
          and(
            eq(competencies.id, id),
            eq(competencies.countryCode, countryCode),
            or(isNull(competencies.organisationId), eq(competencies.organisationId, organisationId)),
          ),
        )
    ).length > 0,

  competencyNames: (tx: Tx, ids: readonly string[]) =>
    ids.length
      ? tx
          .select({
            id: competencies.id,
            name: competencies.name,
            nameLatin: competencies.nameLatin,
            nameEn: competencies.nameEn,
          })
          .from(competencies)
          .where(inArray(competencies.id, [...ids]))
      : Promise.resolve([]),

  /** The users asked to answer: active employees of the municipality with a linked account. */
  surveyUsers: async (tx: Tx, organisationId: string) =>
    (
      await tx
        .selectDistinct({ userId: employees.userId })
        .from(employees)
        .where(
          and(
            eq(employees.organisationId, organisationId),
            eq(employees.status, 'active'),
            isNotNull(employees.userId),
          ),
        )
    ).flatMap((r) => (r.userId ? [r.userId] : [])),

  /** Open surveys of these organisations (the analysis open, the window reaching today). */
  openSurveys: (tx: Tx, organisationIds: readonly string[], day: string) =>
    organisationIds.length
      ? tx
          .select()
          .from(needsAnalyses)
          .where(
            and(
              inArray(needsAnalyses.organisationId, [...organisationIds]),
              eq(needsAnalyses.status, 'open'),
              sql`${needsAnalyses.surveyOpensOn} <= ${day}`,
              sql`${needsAnalyses.surveyClosesOn} >= ${day}`,
            ),
          )
          .orderBy(desc(needsAnalyses.year))
      : Promise.resolve([]),

  answersOf: (tx: Tx, analysisIds: readonly string[], userId: string) =>
    analysisIds.length
      ? tx
          .select()
          .from(needsSurveyAnswers)
          .where(
            and(
              inArray(needsSurveyAnswers.analysisId, [...analysisIds]),
              eq(needsSurveyAnswers.userId, userId),
            ),
          )
      : Promise.resolve([]),

  allAnswers: (tx: Tx, analysisId: string) =>
    tx.select().from(needsSurveyAnswers).where(eq(needsSurveyAnswers.analysisId, analysisId)),

  saveAnswer: async (tx: Tx, values: typeof needsSurveyAnswers.$inferInsert) => {
    const { analysisId: _a, userId: _u, organisationId: _o, ...change } = values;
    await tx
      .insert(needsSurveyAnswers)
      .values(values)
      .onConflictDoUpdate({
        target: [needsSurveyAnswers.analysisId, needsSurveyAnswers.userId],
        set: { ...change, updatedAt: new Date() },
      });
  },

  /** Is the user a manager of the municipality? */
  isManager: async (tx: Tx, userId: string, organisationId: string) =>
    (
      await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, userId),
            eq(memberships.organisationId, organisationId),
            eq(memberships.role, 'manager'),
          ),
        )
    ).length > 0,

  appraisalNeeds: (tx: Tx, organisationId: string, year: number) =>
    tx
      .select({
        employeeId: trainingNeeds.employeeId,
        competencyId: trainingNeeds.competencyId,
        text: trainingNeeds.text,
      })
      .from(trainingNeeds)
      .where(and(eq(trainingNeeds.organisationId, organisationId), eq(trainingNeeds.year, year))),

  /** Published programmes of the country: the suggestions' pool. */
  catalogue: (tx: Tx, countryCode: string) =>
    tx
      .select({
        id: programmes.id,
        code: programmes.code,
        title: programmes.title,
        topicArea: programmes.topicArea,
        competencyIds: programmes.competencyIds,
        accreditation: programmes.accreditation,
      })
      .from(programmes)
      .where(and(eq(programmes.countryCode, countryCode), eq(programmes.status, 'published')))
      .orderBy(asc(programmes.code)),

  specialProgramme: async (tx: Tx, organisationId: string, year: number, lock = false) => {
    const q = tx
      .select()
      .from(annualProgrammes)
      .where(
        and(
          eq(annualProgrammes.organisationId, organisationId),
          eq(annualProgrammes.year, year),
          eq(annualProgrammes.kind, 'special'),
        ),
      );
    return (await (lock ? q.for('update') : q))[0];
  },

  /** The need keys the special programme already answers. */
  programmeNeedKeys: async (tx: Tx, annualProgrammeId: string) =>
    new Set(
      (
        await tx
          .select({ key: annualProgrammeItems.needKey })
          .from(annualProgrammeItems)
          .where(eq(annualProgrammeItems.annualProgrammeId, annualProgrammeId))
      ).flatMap((r) => (r.key ? [r.key] : [])),
    ),
};
