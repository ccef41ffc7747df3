import { z } from 'zod';
import { dateSchema, idSchema, listQuery, page, patchOf, timestamp } from './common';
import { localTextSchema } from './competencies';
import { latinText, packName } from './pack-text';

/** How a training is delivered: in a room, live online, or self-paced distance learning. */
export const deliveryModes = ['in_person', 'live_online', 'distance'] as const;
export const deliveryModeSchema = z.enum(deliveryModes);
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;

/**
 * Where a programme sits: the national general programme's induction part, its continuous part
 * (general or sectoral), or a municipality's own special programme.
 */
export const programmeParts = ['induction', 'general', 'sectoral', 'special'] as const;
export const programmePartSchema = z.enum(programmeParts);
export type ProgrammePart = z.infer<typeof programmePartSchema>;

/** Who a programme is for; `all` is every official. */
export const targetGroups = ['all', 'newcomer', 'executive', 'manager', 'senior', 'hr'] as const;
export const targetGroupSchema = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const accreditationStatuses = ['none', 'pending', 'accredited', 'expired'] as const;
export const accreditationStatusSchema = z.enum(accreditationStatuses);

export const programmeStatuses = ['draft', 'published', 'withdrawn'] as const;
export const programmeStatusSchema = z.enum(programmeStatuses);
export type ProgrammeStatus = z.infer<typeof programmeStatusSchema>;

/** A thematic area of a country's catalogue (pack `learning.topicAreas`), e.g. the 10 NAMRB modules. */
export const topicAreaSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  ...packName,
  nameEn: latinText,
});
export type TopicArea = z.infer<typeof topicAreaSchema>;

/** The professional-development rules of a country pack (`learning`). */
export const learningPackSchema = z.object({
  topicAreas: z.array(topicAreaSchema).min(1),
  /** Prefix of certificate codes, e.g. "RS" → RS-7F3K-9QPA. */
  certificatePrefix: z.string().regex(/^[A-Z]{2,4}$/),
  /** Months after a training when the line manager rates its impact on the work. */
  impactAfterMonths: z.number().int().min(1).max(24),
  /** Days before a session starts when participants are reminded. */
  reminderDays: z.number().int().min(1).max(30),
});
export type LearningPack = z.infer<typeof learningPackSchema>;

const title = z.string().trim().min(1).max(300);
const longText = z.string().trim().max(8000);

export const programmeMaterialSchema = z.object({
  id: idSchema,
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: timestamp,
});
export type ProgrammeMaterial = z.infer<typeof programmeMaterialSchema>;

/** A training programme (module) of a catalogue. */
export const programmeSchema = z.object({
  id: idSchema,
  ownerId: idSchema.describe('The national body or municipality whose catalogue holds it'),
  ownerName: z.string(),
  ownerNameLatin: z.string(),
  countryCode: z.string(),
  code: z.string().describe('Catalogue code, unique per owner'),
  title: localTextSchema.describe('Title in the country script, Latin and English'),
  summary: z.string(),
  summaryLatin: z.string(),
  topicArea: z.string().describe('Code of a topic area of the country pack'),
  part: programmePartSchema,
  competencyIds: z.array(idSchema),
  targetGroups: z.array(targetGroupSchema),
  deliveryModes: z.array(deliveryModeSchema),
  durationHours: z.number(),
  durationDays: z.number().int(),
  accreditation: accreditationStatusSchema,
  registerNumber: z.string().nullable().describe("Number in the national academy's register"),
  accreditedUntil: dateSchema.nullable(),
  issuesCertificate: z.boolean(),
  completionPercent: z.number().int().describe('Share of session days a participant must attend to complete'),
  status: programmeStatusSchema,
  materials: z.array(programmeMaterialSchema),
  updatedAt: timestamp,
});
export type Programme = z.infer<typeof programmeSchema>;
export const programmePageSchema = page(programmeSchema);

export const programmeListQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    ownerId: idSchema.optional(),
    topicArea: z.string().max(60).optional(),
    part: programmePartSchema.optional(),
    deliveryMode: deliveryModeSchema.optional(),
    targetGroup: targetGroupSchema.optional(),
    status: programmeStatusSchema.optional(),
  })
  .strict();
export type ProgrammeListQuery = z.infer<typeof programmeListQuery>;

const programmeFields = {
  code: z.string().trim().min(1).max(40),
  title: localTextSchema.extend({
    name: title,
    nameLatin: localTextSchema.shape.nameLatin.optional().describe('Derived from Cyrillic when omitted'),
  }),
  summary: longText.default(''),
  summaryLatin: longText.optional().describe('Derived from Cyrillic when omitted'),
  topicArea: z.string().max(60),
  part: programmePartSchema,
  competencyIds: z.array(idSchema).max(30).default([]),
  targetGroups: z.array(targetGroupSchema).min(1).max(6),
  deliveryModes: z.array(deliveryModeSchema).min(1).max(3),
  durationHours: z.number().positive().max(1000),
  durationDays: z.number().int().min(1).max(60),
  accreditation: accreditationStatusSchema.default('none'),
  registerNumber: z.string().trim().min(1).max(60).nullable().default(null),
  accreditedUntil: dateSchema.nullable().default(null),
  issuesCertificate: z.boolean().default(true),
  completionPercent: z.number().int().min(1).max(100).default(100),
};

export const programmeCreateSchema = z.object({ ownerId: idSchema, ...programmeFields }).strict();
export type ProgrammeCreate = z.infer<typeof programmeCreateSchema>;

export const programmeUpdateSchema = patchOf({ ...programmeFields, status: programmeStatusSchema });
export type ProgrammeUpdate = z.infer<typeof programmeUpdateSchema>;

export const materialParams = z.object({ id: idSchema, materialId: idSchema }).strict();
