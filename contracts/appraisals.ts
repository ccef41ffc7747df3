import { z } from 'zod';
import { appraisalRulesSchema } from './appraisal-rules';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';
import { competencyGroupSchema, competencyKindSchema } from './competencies';
import { positionCategorySchema } from './positions';

const optionalText = (max: number) => z.string().trim().max(max).nullable();
export const appraisalYearSchema = z.number().int().min(2000).max(2100);

// ---------------------------------------------------------------- cycles

export const appraisalCycleStatuses = ['open', 'closed'] as const;

export const cycleProgressSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  overdue: z.number().int().describe('Appraisals whose current step is past its deadline'),
  withoutRater: z.number().int(),
});
export type CycleProgress = z.infer<typeof cycleProgressSchema>;

export const appraisalCycleSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  year: appraisalYearSchema,
  status: z.enum(appraisalCycleStatuses),
  goalsDue: dateSchema,
  interimDue: dateSchema,
  finalDue: dateSchema,
  rules: appraisalRulesSchema.describe("The country's rules as they stood when the cycle opened"),
  progress: cycleProgressSchema,
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
});
export type AppraisalCycle = z.infer<typeof appraisalCycleSchema>;
export const appraisalCycleListSchema = z.object({ items: z.array(appraisalCycleSchema) });
export const appraisalCycleListQuery = z.object({ organisationId: idSchema }).strict();

export const appraisalCycleCreateSchema = z
  .object({ organisationId: idSchema, year: appraisalYearSchema })
  .strict()
  .describe('Opens the year: appraisals for every eligible official, raters from the org structure');
export type AppraisalCycleCreate = z.infer<typeof appraisalCycleCreateSchema>;

export const appraisalCycleUpdateSchema = z
  .object({ goalsDue: dateSchema, interimDue: dateSchema, finalDue: dateSchema })
  .partial()
  .strict();
export type AppraisalCycleUpdate = z.infer<typeof appraisalCycleUpdateSchema>;

export const raterListSchema = z.object({
  items: z.array(z.object({ userId: idSchema, name: z.string() })),
});
export const raterListQuery = z.object({ organisationId: idSchema }).strict();

export const reminderResultSchema = z.object({ sent: z.number().int() });

// ---------------------------------------------------------------- appraisals

/**
 * draft (rater writes goals) → goals_proposed → active (official acknowledged; interim review;
 * rating) → rated (grade computed) → acknowledged (official signed, with comments) → finalised
 * (decision numbered, locked; appeal window runs) → appealed → closed (outcome recorded).
 */
export const appraisalStatuses = [
  'draft',
  'goals_proposed',
  'active',
  'rated',
  'acknowledged',
  'finalised',
  'appealed',
  'closed',
] as const;
export const appraisalStatusSchema = z.enum(appraisalStatuses);
export type AppraisalStatus = z.infer<typeof appraisalStatusSchema>;

export const appraisalKinds = ['regular', 'extraordinary'] as const;
export const appraisalKindSchema = z.enum(appraisalKinds);

/** What the reader may do now; the web shows exactly these. */
export const appraisalActions = [
  'edit_goals',
  'propose_goals',
  'acknowledge_goals',
  'interim',
  'rate',
  'submit_rating',
  'acknowledge',
  'comment',
  'finalise',
  'appeal',
  'decide_appeal',
  'assign_rater',
] as const;
export const appraisalActionSchema = z.enum(appraisalActions);
export type AppraisalAction = z.infer<typeof appraisalActionSchema>;

const rating = z.number().int().min(0).max(10);

export const appraisalGoalSchema = z.object({
  id: idSchema,
  description: z.string(),
  measure: z.string().describe('How achievement is measured'),
  weight: z.number().int().describe('Percent; the goals of one appraisal add up to 100'),
  dueOn: dateSchema.nullable(),
  interimNote: z.string().nullable(),
  rating: rating.nullable(),
  comment: z.string().nullable(),
});
export type AppraisalGoal = z.infer<typeof appraisalGoalSchema>;

export const appraisalCompetencySchema = z.object({
  id: idSchema,
  competencyId: idSchema,
  code: z.string(),
  kind: competencyKindSchema,
  name: z.string(),
  nameLatin: z.string(),
  nameEn: z.string(),
  requiredLevel: z.number().int().nullable(),
  rating: rating.nullable(),
  comment: z.string().nullable(),
});
export type AppraisalCompetency = z.infer<typeof appraisalCompetencySchema>;

export const appealSchema = z.object({
  reason: z.string(),
  filedAt: timestamp,
  outcome: z.enum(['upheld', 'grade_changed']).nullable(),
  grade: z.number().int().nullable(),
  note: z.string().nullable(),
  decidedAt: timestamp.nullable(),
});

export const appraisalSummarySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  cycleId: idSchema,
  year: appraisalYearSchema,
  kind: appraisalKindSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  employeeNameLatin: z.string(),
  orgUnitId: idSchema.nullable(),
  positionName: z.string().nullable(),
  positionNameLatin: z.string().nullable(),
  category: positionCategorySchema.nullable(),
  titleCode: z.string().nullable(),
  group: competencyGroupSchema,
  raterUserId: idSchema.nullable(),
  raterName: z.string().nullable(),
  status: appraisalStatusSchema,
  dueOn: dateSchema.nullable().describe('Deadline of the current step'),
  score: z.number().nullable(),
  grade: z.number().int().nullable().describe('The grade in force: after an appeal, its outcome'),
  registerNumber: z.string().nullable(),
  updatedAt: timestamp,
});
export type AppraisalSummary = z.infer<typeof appraisalSummarySchema>;
export const appraisalPageSchema = page(appraisalSummarySchema);

export const appraisalSchema = appraisalSummarySchema.extend({
  goals: z.array(appraisalGoalSchema),
  competencies: z.array(appraisalCompetencySchema),
  goalsProposedAt: timestamp.nullable(),
  goalsAcknowledgedAt: timestamp.nullable(),
  interimAt: timestamp.nullable(),
  interimComment: z.string().nullable(),
  officialInterimComment: z.string().nullable(),
  raterComment: z.string().nullable(),
  officialComment: z.string().nullable(),
  trainingNeeds: z.string().nullable().describe('Training the rater recommends, in words'),
  ratedGrade: z.number().int().nullable().describe('The grade the rating gave, before any appeal'),
  ratedAt: timestamp.nullable(),
  acknowledgedAt: timestamp.nullable(),
  finalisedAt: timestamp.nullable(),
  decisionDate: dateSchema.nullable(),
  appealDeadline: dateSchema.nullable(),
  appeal: appealSchema.nullable(),
  extraordinaryOf: idSchema.nullable().describe('The appraisal whose grade called for this one'),
  actions: z.array(appraisalActionSchema),
  rules: appraisalRulesSchema.describe("The cycle's rules: the rating scale and the grades' names"),
  createdAt: timestamp,
});
export type Appraisal = z.infer<typeof appraisalSchema>;

export const appraisalListQuery = listQuery
  .extend({
    cycleId: idSchema.optional(),
    organisationId: idSchema.optional(),
    employeeId: idSchema.optional(),
    status: appraisalStatusSchema.optional(),
    orgUnitId: idSchema.optional(),
    role: z.enum(['rater', 'official']).optional().describe('Only appraisals the reader rates / their own'),
  })
  .strict();
export type AppraisalListQuery = z.infer<typeof appraisalListQuery>;

export const appraisalUpdateSchema = z
  .object({
    raterUserId: idSchema.nullable().describe('HR officer: who rates'),
    interimComment: optionalText(4000),
    officialInterimComment: optionalText(4000),
    raterComment: optionalText(4000),
    officialComment: optionalText(4000),
    trainingNeeds: optionalText(4000),
  })
  .partial()
  .strict();
export type AppraisalUpdate = z.infer<typeof appraisalUpdateSchema>;

export const goalInputSchema = z
  .object({
    description: z.string().trim().min(1).max(2000),
    measure: z.string().trim().min(1).max(1000),
    weight: z.number().int().min(1).max(100),
    dueOn: dateSchema.nullable().default(null),
  })
  .strict();
export const goalsInputSchema = z
  .object({ goals: z.array(goalInputSchema).min(1).max(12) })
  .strict()
  .describe('Replaces the goals of a draft');
export type GoalsInput = z.infer<typeof goalsInputSchema>;

export const interimInputSchema = z
  .object({
    interimComment: z.string().trim().min(1).max(4000),
    notes: z
      .array(z.object({ goalId: idSchema, note: optionalText(2000) }).strict())
      .max(12)
      .default([]),
  })
  .strict();
export type InterimInput = z.infer<typeof interimInputSchema>;

const itemRating = z
  .object({ id: idSchema, rating: rating.nullable(), comment: optionalText(2000).default(null) })
  .strict();
export const ratingsInputSchema = z
  .object({
    goals: z.array(itemRating).max(12).default([]),
    competencies: z.array(itemRating).max(40).default([]),
  })
  .strict()
  .describe('Saves ratings; submit-rating checks that every item is rated');
export type RatingsInput = z.infer<typeof ratingsInputSchema>;

export const commentInputSchema = z.object({ comment: optionalText(4000).default(null) }).strict();
export type CommentInput = z.infer<typeof commentInputSchema>;

export const finaliseInputSchema = z
  .object({
    registerNumber: z.string().trim().min(1).max(60).optional().describe('Generated when omitted'),
    decisionDate: dateSchema.optional().describe('Today when omitted'),
  })
  .strict();
export type FinaliseInput = z.infer<typeof finaliseInputSchema>;

export const appealInputSchema = z.object({ reason: z.string().trim().min(10).max(4000) }).strict();
export type AppealInput = z.infer<typeof appealInputSchema>;

export const appealDecisionSchema = z
  .object({
    outcome: z.enum(['upheld', 'grade_changed']),
    grade: z.number().int().optional().describe('Required when the grade is changed'),
    note: z.string().trim().min(1).max(4000),
  })
  .strict();
export type AppealDecision = z.infer<typeof appealDecisionSchema>;

// ---------------------------------------------------------------- training needs

export const trainingNeedSources = ['competency_gap', 'appraisal'] as const;
export const trainingNeedSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  employeeNameLatin: z.string(),
  appraisalId: idSchema.nullable(),
  year: appraisalYearSchema,
  source: z.enum(trainingNeedSources),
  competencyId: idSchema.nullable(),
  competencyName: z.string().nullable(),
  competencyNameLatin: z.string().nullable(),
  competencyNameEn: z.string().nullable(),
  requiredLevel: z.number().int().nullable(),
  ratedLevel: z.number().int().nullable(),
  text: z.string().nullable(),
  createdAt: timestamp,
});
export type TrainingNeed = z.infer<typeof trainingNeedSchema>;
export const trainingNeedListSchema = z.object({ items: z.array(trainingNeedSchema) });
export const trainingNeedListQuery = z
  .object({
    organisationId: idSchema,
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    employeeId: idSchema.optional(),
  })
  .strict();
export type TrainingNeedListQuery = z.infer<typeof trainingNeedListQuery>;

// ---------------------------------------------------------------- history and promotion

export const promotionCandidateSchema = z.object({
  employeeId: idSchema,
  employeeName: z.string(),
  employeeNameLatin: z.string(),
  titleCode: z.string().nullable(),
  grades: z.array(z.object({ year: appraisalYearSchema, grade: z.number().int() })),
});
export const promotionListSchema = z.object({ items: z.array(promotionCandidateSchema) });
export const promotionListQuery = z.object({ organisationId: idSchema }).strict();
