import { z } from 'zod';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';
import { sessionCreateSchema } from './learning-sessions';

/** A municipality asks a national body for a training; the body accepts and schedules it, or declines. */
export const trainingRequestStatuses = [
  'submitted',
  'accepted',
  'scheduled',
  'declined',
  'withdrawn',
] as const;
export const trainingRequestStatusSchema = z.enum(trainingRequestStatuses);
export type TrainingRequestStatus = z.infer<typeof trainingRequestStatusSchema>;

export const trainingRequestSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  bodyId: idSchema.describe('The national body asked'),
  bodyName: z.string(),
  bodyNameLatin: z.string(),
  programmeId: idSchema.nullable(),
  topic: z.string(),
  preferredFrom: dateSchema,
  preferredTo: dateSchema,
  participants: z.number().int(),
  note: z.string(),
  status: trainingRequestStatusSchema,
  answer: z.string().nullable().describe("The body's reason for declining, or its note on accepting"),
  sessionId: idSchema.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TrainingRequest = z.infer<typeof trainingRequestSchema>;
export const trainingRequestPageSchema = page(trainingRequestSchema);

export const trainingRequestListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    bodyId: idSchema.optional(),
    status: trainingRequestStatusSchema.optional(),
  })
  .strict();
export type TrainingRequestListQuery = z.infer<typeof trainingRequestListQuery>;

export const trainingRequestCreateSchema = z
  .object({
    organisationId: idSchema,
    bodyId: idSchema,
    programmeId: idSchema.nullable().default(null),
    topic: z.string().trim().min(1).max(500),
    preferredFrom: dateSchema,
    preferredTo: dateSchema,
    participants: z.number().int().min(1).max(1000),
    note: z.string().trim().max(4000).default(''),
  })
  .strict();
export type TrainingRequestCreate = z.infer<typeof trainingRequestCreateSchema>;

export const trainingRequestAnswerSchema = z
  .object({ answer: z.string().trim().max(2000).default('') })
  .strict();
export const trainingRequestDeclineSchema = z.object({ answer: z.string().trim().min(1).max(2000) }).strict();

/** Schedules the session for the request: restricted to the requesting municipality. */
export const trainingRequestScheduleSchema = sessionCreateSchema.omit({
  organiserId: true,
  restrictedToId: true,
});
export type TrainingRequestSchedule = z.infer<typeof trainingRequestScheduleSchema>;
