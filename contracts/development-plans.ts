import { z } from 'zod';
import { idSchema, patchOf, timestamp } from './common';
import { localTextSchema } from './competencies';

/** An individual development plan: per employee per year, drafted, agreed with the manager, tracked. */
export const developmentPlanStatuses = ['draft', 'agreed'] as const;
export const planItemStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;

export const planItemSchema = z.object({
  id: idSchema,
  kind: z.enum(['goal', 'training']),
  text: z.string(),
  competencyId: idSchema.nullable(),
  /** The competency's name, also when it has since been deactivated. */
  competencyName: localTextSchema.nullable(),
  programmeId: idSchema.nullable(),
  programmeTitle: localTextSchema.nullable(),
  quarter: z.number().int().nullable(),
  status: z.enum(planItemStatuses),
  /** For trainings: completed in a session of that programme this year (from enrolments). */
  completed: z.boolean(),
});

export const developmentPlanSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  employeeNameLatin: z.string(),
  year: z.number().int(),
  status: z.enum(developmentPlanStatuses),
  agreedByName: z.string().nullable(),
  agreedAt: timestamp.nullable(),
  employeeComment: z.string(),
  items: z.array(planItemSchema),
  progress: z.number().describe('Share of items done, 0–1'),
  updatedAt: timestamp,
});
export type DevelopmentPlan = z.infer<typeof developmentPlanSchema>;
export const developmentPlanListSchema = z.object({
  items: z.array(developmentPlanSchema.omit({ items: true })),
});
export const developmentPlanListQuery = z
  .object({
    organisationId: idSchema.optional(),
    employeeId: idSchema.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    mine: z.literal('true').optional(),
  })
  .strict();

export const developmentPlanCreateSchema = z
  .object({
    employeeId: idSchema,
    year: z.number().int().min(2000).max(2100),
    /** Start from the person's recorded training needs of the year (appraisal gaps and written needs). */
    fromNeeds: z.boolean().default(true),
  })
  .strict();

const itemFields = {
  kind: z.enum(['goal', 'training']),
  text: z.string().trim().max(2000).default(''),
  competencyId: idSchema.nullable().default(null),
  programmeId: idSchema.nullable().default(null),
  quarter: z.number().int().min(1).max(4).nullable().default(null),
  status: z.enum(planItemStatuses).default('planned'),
};
export const planItemCreateSchema = z.object(itemFields).strict();
export const planItemUpdateSchema = patchOf(itemFields);
export const planItemParams = z.object({ id: idSchema, itemId: idSchema }).strict();
export const planCommentSchema = z.object({ comment: z.string().trim().max(4000) }).strict();
