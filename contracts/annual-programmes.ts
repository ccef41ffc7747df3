import { z } from 'zod';
import { dateSchema, idSchema, patchOf, timestamp } from './common';
import { localTextSchema } from './competencies';
import { deliveryModeSchema, programmePartSchema, targetGroupSchema } from './learning-catalogue';

/**
 * A yearly training programme: the national body's general programme (induction, general and
 * sectoral continuous parts) or a municipality's special programme. It goes draft → opinion (sent
 * to the council for its opinion) → adopted; an adopted programme is locked.
 */
export const annualProgrammeKinds = ['general', 'special'] as const;
export const annualProgrammeStatuses = ['draft', 'opinion', 'adopted'] as const;
export const annualProgrammeStatusSchema = z.enum(annualProgrammeStatuses);

export const annualProgrammeItemSchema = z.object({
  id: idSchema,
  programmeId: idSchema.nullable().describe('The catalogue programme delivered, when there is one'),
  programmeCode: z.string().nullable(),
  title: localTextSchema.describe('The catalogue title, or the item’s own'),
  part: programmePartSchema,
  topicArea: z.string().nullable(),
  mode: deliveryModeSchema,
  targetGroup: targetGroupSchema,
  quarter: z.number().int().min(1).max(4),
  plannedSessions: z.number().int(),
  plannedParticipants: z.number().int(),
  budget: z.number().describe('Planned cost in the country currency'),
  fundingSource: z.string(),
  /** Where the item came from: the needs analysis, or typed in. */
  source: z.enum(['needs_analysis', 'manual']),
  sortOrder: z.number().int(),
});
export type AnnualProgrammeItem = z.infer<typeof annualProgrammeItemSchema>;

export const annualProgrammeSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  countryCode: z.string(),
  year: z.number().int(),
  kind: z.enum(annualProgrammeKinds),
  title: z.string(),
  status: annualProgrammeStatusSchema,
  sentForOpinionOn: dateSchema.nullable(),
  opinion: z.string().nullable().describe("The council's opinion, in words"),
  opinionOn: dateSchema.nullable(),
  adoptedOn: dateSchema.nullable(),
  adoptionAct: z.string().nullable().describe('Number of the act that adopted it'),
  items: z.array(annualProgrammeItemSchema),
  totals: z.object({ sessions: z.number().int(), participants: z.number().int(), budget: z.number() }),
  updatedAt: timestamp,
});
export type AnnualProgramme = z.infer<typeof annualProgrammeSchema>;
export const annualProgrammeListSchema = z.object({
  items: z.array(annualProgrammeSchema.omit({ items: true })),
});

export const annualProgrammeListQuery = z
  .object({
    organisationId: idSchema.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    kind: z.enum(annualProgrammeKinds).optional(),
  })
  .strict();
export type AnnualProgrammeListQuery = z.infer<typeof annualProgrammeListQuery>;

export const annualProgrammeCreateSchema = z
  .object({
    organisationId: idSchema,
    year: z.number().int().min(2000).max(2100),
    title: z.string().trim().min(1).max(300),
    /** Copy the items of this earlier programme of the same organisation. */
    copyFromId: idSchema.nullable().default(null),
  })
  .strict();
export type AnnualProgrammeCreate = z.infer<typeof annualProgrammeCreateSchema>;
export const annualProgrammeUpdateSchema = patchOf({ title: z.string().trim().min(1).max(300) });

const itemFields = {
  programmeId: idSchema.nullable().default(null),
  title: localTextSchema
    .extend({ nameLatin: localTextSchema.shape.nameLatin.optional() })
    .nullable()
    .default(null)
    .describe('Required when no catalogue programme is named'),
  part: programmePartSchema,
  mode: deliveryModeSchema,
  targetGroup: targetGroupSchema.default('all'),
  quarter: z.number().int().min(1).max(4),
  plannedSessions: z.number().int().min(1).max(1000),
  plannedParticipants: z.number().int().min(1).max(100000),
  budget: z.number().min(0).max(1e10).default(0),
  fundingSource: z.string().trim().max(200).default(''),
  source: z.enum(['needs_analysis', 'manual']).default('manual'),
};
export const annualProgrammeItemCreateSchema = z.object(itemFields).strict();
export type AnnualProgrammeItemCreate = z.infer<typeof annualProgrammeItemCreateSchema>;
export const annualProgrammeItemUpdateSchema = patchOf(itemFields);
export type AnnualProgrammeItemUpdate = z.infer<typeof annualProgrammeItemUpdateSchema>;
export const itemParams = z.object({ id: idSchema, itemId: idSchema }).strict();

export const sendForOpinionSchema = z.object({ on: dateSchema }).strict();
export const recordOpinionSchema = z
  .object({ opinion: z.string().trim().min(1).max(8000), on: dateSchema })
  .strict();
export const adoptSchema = z.object({ on: dateSchema, act: z.string().trim().min(1).max(100) }).strict();

/** Planned against delivered, per item: sessions held and people who completed. */
export const executionSchema = z.object({
  annualProgrammeId: idSchema,
  year: z.number().int(),
  rows: z.array(
    z.object({
      itemId: idSchema,
      title: localTextSchema,
      plannedSessions: z.number().int(),
      deliveredSessions: z.number().int(),
      plannedParticipants: z.number().int(),
      trained: z
        .number()
        .int()
        .describe('Completed participants (of the municipality, for a special programme)'),
      budget: z.number(),
    }),
  ),
});
export type Execution = z.infer<typeof executionSchema>;
