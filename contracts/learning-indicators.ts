import { z } from 'zod';
import { idSchema } from './common';
import { deliveryModeSchema } from './learning-catalogue';

/** A yearly target the national body sets: people trained per delivery mode (e.g. 5,400 in person). */
export const learningTargetSchema = z.object({
  countryCode: z.string(),
  year: z.number().int(),
  mode: deliveryModeSchema.or(z.literal('on_request')),
  trained: z.number().int().min(0).max(10_000_000),
});
export type LearningTarget = z.infer<typeof learningTargetSchema>;
export const learningTargetsSchema = z.object({ items: z.array(learningTargetSchema) });
export const learningTargetsUpdateSchema = z
  .object({
    items: z
      .array(
        z
          .object({ mode: learningTargetSchema.shape.mode, trained: learningTargetSchema.shape.trained })
          .strict(),
      )
      .max(10),
  })
  .strict();
export const targetsParams = z
  .object({ code: z.string().regex(/^[A-Z]{2}$/), year: z.coerce.number().int().min(2000).max(2100) })
  .strict();

export const indicatorsQuery = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    organisationId: idSchema.optional().describe('One municipality (its own reach), else the whole country'),
    year: z.coerce.number().int().min(2000).max(2100),
  })
  .strict();
export type IndicatorsQuery = z.infer<typeof indicatorsQuery>;

const figure = z.number().int().nullable().describe('Null when suppressed (fewer than the threshold)');

/** Trained people (completed places; a person trained twice counts twice) and delivery figures. */
export const indicatorsSchema = z.object({
  year: z.number().int(),
  scope: z.object({ countryCode: z.string(), organisationId: idSchema.nullable() }),
  suppressedBelow: z.number().int(),
  totals: z.object({
    trained: z.number().int(),
    people: z.number().int().describe('Distinct people trained'),
    sessions: z.number().int(),
    hours: z.number(),
    trainerRating: z.number().nullable(),
  }),
  byMode: z.array(
    z.object({ mode: z.string(), trained: z.number().int(), target: z.number().int().nullable() }),
  ),
  byTopic: z.array(z.object({ topicArea: z.string(), trained: figure })),
  byGender: z.array(z.object({ gender: z.string(), trained: figure })),
  byMunicipality: z.array(
    z.object({ organisationId: idSchema, name: z.string(), nameLatin: z.string(), trained: figure }),
  ),
  byMonth: z.array(z.object({ month: z.number().int(), trained: z.number().int() })),
});
export type Indicators = z.infer<typeof indicatorsSchema>;
