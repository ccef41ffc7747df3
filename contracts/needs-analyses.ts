import { z } from 'zod';
import { dateSchema, idSchema, timestamp } from './common';
import { localTextSchema } from './competencies';

/**
 * A municipality's training needs analysis for a year, run by its HR unit: the needs appraisals
 * recorded (training_needs), triggers such as new regulations, and a survey of employees and
 * managers; aggregated by competency and topic with suggested catalogue programmes.
 */
export const needsAnalysisStatuses = ['open', 'closed'] as const;

export const needsAnalysisSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  year: z.number().int(),
  status: z.enum(needsAnalysisStatuses),
  surveyOpensOn: dateSchema.nullable(),
  surveyClosesOn: dateSchema.nullable(),
  surveyInvited: z.number().int().describe('People asked to answer the survey'),
  surveyAnswered: z.number().int(),
  note: z.string(),
  updatedAt: timestamp,
});
export type NeedsAnalysis = z.infer<typeof needsAnalysisSchema>;
export const needsAnalysisListSchema = z.object({ items: z.array(needsAnalysisSchema) });
export const needsAnalysisListQuery = z.object({ organisationId: idSchema }).strict();

export const needsAnalysisCreateSchema = z
  .object({
    organisationId: idSchema,
    year: z.number().int().min(2000).max(2100),
    note: z.string().trim().max(4000).default(''),
  })
  .strict();

export const triggerKinds = ['regulation', 'strategy', 'organisation_change', 'audit', 'other'] as const;
export const needsTriggerSchema = z.object({
  id: idSchema,
  kind: z.enum(triggerKinds),
  description: z.string(),
  topicArea: z.string().nullable(),
  competencyId: idSchema.nullable(),
  people: z.number().int().describe('How many people it concerns'),
  createdAt: timestamp,
});
export const needsTriggerCreateSchema = z
  .object({
    kind: z.enum(triggerKinds),
    description: z.string().trim().min(1).max(2000),
    topicArea: z.string().max(60).nullable().default(null),
    competencyId: idSchema.nullable().default(null),
    people: z.number().int().min(1).max(100000),
  })
  .strict();

/** Opens the survey: every active employee with an account is asked (managers answer for their unit too). */
export const surveyOpenSchema = z.object({ closesOn: dateSchema }).strict();

/** One answer: topics and competencies the person wants training in, by priority, and words. */
export const surveyAnswerSchema = z
  .object({
    topicAreas: z.array(z.string().max(60)).max(10).default([]),
    competencyIds: z.array(idSchema).max(10).default([]),
    priority: z.enum(['high', 'medium', 'low']),
    text: z.string().trim().max(4000).default(''),
    /** A manager may answer for their unit: how many people the needs concern. */
    forUnit: z.boolean().default(false),
  })
  .strict()
  .refine((a) => a.topicAreas.length + a.competencyIds.length > 0 || a.text.length > 0, {
    path: ['topicAreas'],
    message: 'required',
  });
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** What the survey asks the signed-in person, and what they answered. */
export const mySurveySchema = z.object({
  analysisId: idSchema,
  organisationId: idSchema,
  year: z.number().int(),
  closesOn: dateSchema.nullable(),
  answer: surveyAnswerSchema.nullable(),
});

/** A need aggregated over every source, with the catalogue programmes that address it. */
export const aggregatedNeedSchema = z.object({
  key: z.string().describe('competency:<id> or topic:<code>'),
  competencyId: idSchema.nullable(),
  topicArea: z.string().nullable(),
  label: localTextSchema,
  fromAppraisals: z.number().int().describe('People whose appraisal recorded it'),
  fromSurvey: z.number().int(),
  fromTriggers: z.number().int().describe('People concerned by triggers'),
  total: z.number().int(),
  highPriority: z.number().int(),
  suggestions: z.array(z.object({ programmeId: idSchema, code: z.string(), title: localTextSchema })),
  inSpecialProgramme: z.boolean().describe('An item of the year’s special programme already addresses it'),
});
export const needsSummarySchema = z.object({
  analysisId: idSchema,
  needs: z.array(aggregatedNeedSchema),
  writtenNeeds: z.array(z.object({ source: z.enum(['appraisal', 'survey']), text: z.string() })),
});
export type NeedsSummary = z.infer<typeof needsSummarySchema>;

/** "Add to special programme" in one step: the year's special programme gets an item. */
export const addToProgrammeSchema = z
  .object({
    key: z.string().max(80),
    programmeId: idSchema.describe('The catalogue programme chosen among the suggestions'),
    quarter: z.number().int().min(1).max(4),
    plannedParticipants: z.number().int().min(1).max(100000),
  })
  .strict();
