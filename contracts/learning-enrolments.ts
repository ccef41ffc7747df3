import { z } from 'zod';
import { idSchema, listQuery, page, timestamp } from './common';
import { localTextSchema } from './competencies';

/**
 * A seat: `confirmed` holds one, `waitlisted` waits in order (promoted automatically when a seat
 * frees), `cancelled` gave it back; after the session `completed` or `not_completed`.
 */
export const enrolmentStatuses = [
  'confirmed',
  'waitlisted',
  'cancelled',
  'completed',
  'not_completed',
] as const;
export const enrolmentStatusSchema = z.enum(enrolmentStatuses);
export type EnrolmentStatus = z.infer<typeof enrolmentStatusSchema>;

/** The line manager's approval; a declined enrolment is cancelled and frees its seat. */
export const approvalStates = ['not_required', 'pending', 'approved', 'declined'] as const;
export const approvalStateSchema = z.enum(approvalStates);
export type ApprovalState = z.infer<typeof approvalStateSchema>;

export const enrolmentSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  sessionReference: z.string(),
  programmeTitle: localTextSchema,
  firstDay: z.string().describe('Date of the session’s first day'),
  lastDay: z.string(),
  employeeId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  participantName: z.string().describe('As on the personnel file when enrolled'),
  participantNameLatin: z.string(),
  jobTitle: z.string().nullable(),
  status: enrolmentStatusSchema,
  waitlistPosition: z.number().int().nullable(),
  approval: approvalStateSchema,
  decidedByName: z.string().nullable(),
  declineReason: z.string().nullable(),
  enrolledBy: z.enum(['hr', 'self', 'organiser', 'manager']),
  cancelReason: z.string().nullable(),
  attendedDays: z.number().int(),
  certificateId: idSchema.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;
export const enrolmentPageSchema = page(enrolmentSchema);

export const enrolmentListQuery = listQuery
  .extend({
    sessionId: idSchema.optional(),
    employeeId: idSchema.optional(),
    organisationId: idSchema.optional(),
    status: enrolmentStatusSchema.optional(),
    approval: approvalStateSchema.optional(),
    mine: z
      .enum(['participant', 'approver'])
      .optional()
      .describe("The signed-in user's own, or those awaiting their approval"),
  })
  .strict();
export type EnrolmentListQuery = z.infer<typeof enrolmentListQuery>;

export const enrolmentCreateSchema = z
  .object({
    sessionId: idSchema,
    employeeIds: z.array(idSchema).min(1).max(200).describe('Enrolled in this order; the last may wait'),
  })
  .strict();
export type EnrolmentCreate = z.infer<typeof enrolmentCreateSchema>;
export const enrolmentListSchema = z.object({ items: z.array(enrolmentSchema) });

export const reasonSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
export const optionalReasonSchema = z.object({ reason: z.string().trim().max(2000).default('') }).strict();
