import { z } from 'zod';
import { dateSchema, idSchema, listQuery, page, patchOf, timestamp } from './common';

/** The kinds of accredited trainer a national body's register holds. */
export const trainerKinds = ['lecturer', 'mentor', 'coach'] as const;
export const trainerKindSchema = z.enum(trainerKinds);
export type TrainerKind = z.infer<typeof trainerKindSchema>;

/** Derived: accredited and not expired, expired, or suspended by the register's owner. */
export const trainerStatuses = ['active', 'expired', 'suspended'] as const;
export const trainerStatusSchema = z.enum(trainerStatuses);
export type TrainerStatus = z.infer<typeof trainerStatusSchema>;

/** What anyone may see of a trainer: the public register. */
export const publicTrainerSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  countryCode: z.string().describe("The register's country: its topic areas are that country's"),
  name: z.string(),
  nameLatin: z.string(),
  kinds: z.array(trainerKindSchema),
  topicAreas: z.array(z.string()),
  accreditationNumber: z.string(),
  accreditedUntil: dateSchema,
  status: trainerStatusSchema,
});
export type PublicTrainer = z.infer<typeof publicTrainerSchema>;
export const publicTrainerPageSchema = page(publicTrainerSchema);

/** The full register entry, for the national body that keeps it. */
export const trainerSchema = publicTrainerSchema.extend({
  userId: idSchema.nullable().describe('Account the trainer signs in with to take attendance'),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  expertise: z.string(),
  teachingExperience: z.string(),
  publications: z.string(),
  skillsCheckOn: dateSchema.nullable().describe('Day the skills check of the public call was passed'),
  trainerCourseOn: dateSchema.nullable().describe('Day the trainer course was completed'),
  accreditedOn: dateSchema,
  suspended: z.boolean(),
  sessionsDelivered: z.number().int(),
  averageRating: z.number().nullable().describe("Mean of participants' ratings of the trainer, 1–5"),
  updatedAt: timestamp,
});
export type Trainer = z.infer<typeof trainerSchema>;
export const trainerPageSchema = page(trainerSchema);

export const trainerListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    topicArea: z.string().max(60).optional(),
    kind: trainerKindSchema.optional(),
    status: trainerStatusSchema.optional(),
  })
  .strict();
export type TrainerListQuery = z.infer<typeof trainerListQuery>;

const text = (max: number) => z.string().trim().max(max);
const trainerFields = {
  userId: idSchema.nullable().default(null),
  name: z.string().trim().min(1).max(200),
  nameLatin: z.string().trim().min(1).max(200).optional().describe('Derived from Cyrillic when omitted'),
  email: z.email().max(320).nullable().default(null),
  phone: text(40).nullable().default(null),
  kinds: z.array(trainerKindSchema).min(1).max(3),
  topicAreas: z.array(z.string().max(60)).min(1).max(20),
  expertise: text(4000).default(''),
  teachingExperience: text(4000).default(''),
  publications: text(4000).default(''),
  skillsCheckOn: dateSchema.nullable().default(null),
  trainerCourseOn: dateSchema.nullable().default(null),
  accreditationNumber: z.string().trim().min(1).max(60),
  accreditedOn: dateSchema,
  accreditedUntil: dateSchema,
};

export const trainerCreateSchema = z.object({ organisationId: idSchema, ...trainerFields }).strict();
export type TrainerCreate = z.infer<typeof trainerCreateSchema>;
export const trainerUpdateSchema = patchOf({ ...trainerFields, suspended: z.boolean() });
export type TrainerUpdate = z.infer<typeof trainerUpdateSchema>;
