import { z } from 'zod';
import { idSchema, listQuery, page, timestamp } from './common';

/**
 * Parts of a personnel file an employee may ask to correct. The plain ones are applied by the
 * HR officer's acceptance; for the others the officer edits the file and then accepts.
 */
export const appliedOnAccept = [
  'givenName',
  'familyName',
  'givenNameLatin',
  'familyNameLatin',
  'email',
  'phone',
  'address',
  'nationalId',
] as const;
export const correctableFields = [
  ...appliedOnAccept,
  'education',
  'exams',
  'languages',
  'employment',
  'other',
] as const;
export const correctableFieldSchema = z.enum(correctableFields);
export type CorrectableField = z.infer<typeof correctableFieldSchema>;

export const correctionStatusSchema = z.enum(['pending', 'accepted', 'rejected']);

export const correctionRequestSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  employeeNameLatin: z.string(),
  field: correctableFieldSchema,
  proposed: z.string(),
  message: z.string().nullable(),
  status: correctionStatusSchema,
  decisionNote: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;
export const correctionRequestPageSchema = page(correctionRequestSchema);

export const correctionRequestListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    employeeId: idSchema.optional(),
    status: correctionStatusSchema.optional(),
  })
  .strict();
export type CorrectionRequestListQuery = z.infer<typeof correctionRequestListQuery>;

export const correctionRequestCreateSchema = z
  .object({
    field: correctableFieldSchema,
    proposed: z.string().trim().min(1).max(2000),
    message: z.string().trim().max(2000).nullable().default(null),
  })
  .strict();
export type CorrectionRequestCreate = z.infer<typeof correctionRequestCreateSchema>;

export const correctionDecisionSchema = z
  .object({ note: z.string().trim().max(2000).nullable().default(null) })
  .strict();
export const correctionRejectionSchema = z.object({ note: z.string().trim().min(1).max(2000) }).strict();
