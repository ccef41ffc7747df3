import { z } from 'zod';
import { dateSchema, idSchema, listQuery, page, patchOf, timestamp } from './common';
import { localTextSchema } from './competencies';
import { deliveryModeSchema } from './learning-catalogue';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const sessionDaySchema = z.object({
  id: idSchema,
  date: dateSchema,
  startsAt: clock,
  endsAt: clock,
});
export type SessionDay = z.infer<typeof sessionDaySchema>;

/**
 * `draft` is seen only by the organiser; `scheduled` is announced (registration follows its
 * window); `completed` has its attendance judged and certificates issued; `cancelled` is off.
 */
export const sessionStatuses = ['draft', 'scheduled', 'completed', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** Derived from the window and the seats: may one enrol now, and how. */
export const registrationStates = ['not_yet', 'open', 'waiting_list', 'closed'] as const;
export const registrationStateSchema = z.enum(registrationStates);
export type RegistrationState = z.infer<typeof registrationStateSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  reference: z.string().describe('Organiser-year-number, e.g. 2026-014'),
  programmeId: idSchema,
  programmeCode: z.string(),
  programmeTitle: localTextSchema,
  topicArea: z.string(),
  organiserId: idSchema,
  organiserName: z.string(),
  organiserNameLatin: z.string(),
  countryCode: z.string(),
  restrictedToId: idSchema.nullable().describe('Only this municipality may enrol (training on request)'),
  restrictedToName: z.string().nullable(),
  restrictedToNameLatin: z.string().nullable(),
  mode: deliveryModeSchema,
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  days: z.array(sessionDaySchema),
  hours: z.number().describe('Sum of the days’ hours'),
  capacity: z.number().int(),
  registrationOpens: dateSchema,
  registrationCloses: dateSchema,
  cancelUntil: dateSchema.describe('Last day a participant or their HR officer may cancel'),
  requiresApproval: z.boolean().describe("Enrolments wait for the line manager's approval"),
  completionPercent: z.number().int(),
  status: sessionStatusSchema,
  registration: registrationStateSchema,
  trainers: z.array(z.object({ id: idSchema, name: z.string(), nameLatin: z.string() })),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  note: z.string(),
  updatedAt: timestamp,
});
export type Session = z.infer<typeof sessionSchema>;
export const sessionPageSchema = page(sessionSchema);

export const sessionListQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    programmeId: idSchema.optional(),
    organiserId: idSchema.optional(),
    trainerId: idSchema.optional(),
    mode: deliveryModeSchema.optional(),
    status: sessionStatusSchema.optional(),
    from: dateSchema.optional().describe('Sessions with a day on or after'),
    to: dateSchema.optional().describe('Sessions with a day on or before'),
    mine: z.enum(['trainer']).optional().describe('Only the sessions the signed-in trainer delivers'),
    order: z.enum(['asc', 'desc']).default('asc').describe('By first day: soonest first, or latest first'),
  })
  .strict();
export type SessionListQuery = z.infer<typeof sessionListQuery>;

/** The public announcement: upcoming sessions open to every municipality. */
export const publicSessionListQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    programmeId: idSchema.optional(),
  })
  .strict();
export type PublicSessionListQuery = z.infer<typeof publicSessionListQuery>;

const dayInput = z.object({ date: dateSchema, startsAt: clock, endsAt: clock }).strict();
const sessionFields = {
  mode: deliveryModeSchema,
  venue: z.string().trim().min(1).max(300).nullable().default(null),
  onlineUrl: z.url().max(500).nullable().default(null),
  days: z.array(dayInput).min(1).max(60),
  capacity: z.number().int().min(1).max(5000),
  registrationOpens: dateSchema,
  registrationCloses: dateSchema,
  cancelUntil: dateSchema,
  requiresApproval: z.boolean().default(true),
  completionPercent: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe("The programme's rule when omitted"),
  trainerIds: z.array(idSchema).max(20).default([]),
  note: z.string().trim().max(4000).default(''),
};

export const sessionCreateSchema = z
  .object({
    programmeId: idSchema,
    organiserId: idSchema,
    restrictedToId: idSchema.nullable().default(null),
    status: z.enum(['draft', 'scheduled']).default('draft'),
    ...sessionFields,
  })
  .strict();
export type SessionCreate = z.infer<typeof sessionCreateSchema>;

export const sessionUpdateSchema = patchOf({ ...sessionFields, status: z.enum(['draft', 'scheduled']) });
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

export const sessionCancelSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

// ---------------------------------------------------------------- attendance

export const attendanceSchema = z.object({
  dayId: idSchema,
  enrolmentId: idSchema,
  present: z.boolean(),
  method: z.enum(['register', 'qr']),
  recordedAt: timestamp,
});
export const attendanceListSchema = z.object({ items: z.array(attendanceSchema) });

export const attendanceUpdateSchema = z
  .object({
    dayId: idSchema,
    entries: z
      .array(z.object({ enrolmentId: idSchema, present: z.boolean() }).strict())
      .min(1)
      .max(5000),
  })
  .strict();
export type AttendanceUpdate = z.infer<typeof attendanceUpdateSchema>;

export const dayParams = z.object({ id: idSchema, dayId: idSchema }).strict();

/** A day's self check-in code: participants scan the QR and confirm while signed in. */
export const checkInCodeSchema = z.object({
  dayId: idSchema,
  token: z.string(),
  url: z.string().describe('The page the QR code opens'),
  qrSvg: z.string().describe('The QR code as an SVG document'),
});
export const checkInSchema = z.object({ token: z.string().min(16).max(100) }).strict();
export const checkInResultSchema = z.object({
  sessionId: idSchema,
  programmeTitle: localTextSchema,
  date: dateSchema,
  enrolmentId: idSchema,
});
