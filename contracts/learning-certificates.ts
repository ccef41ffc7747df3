import { z } from 'zod';
import { localeSchema } from './access';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';
import { localTextSchema } from './competencies';

export const certificateStatusSchema = z.enum(['valid', 'revoked']);

export const certificateSchema = z.object({
  id: idSchema,
  code: z.string().describe('Printed on the certificate and encoded in its QR code'),
  enrolmentId: idSchema,
  sessionId: idSchema,
  employeeId: idSchema,
  organisationId: idSchema,
  issuerId: idSchema,
  issuerName: z.string(),
  issuerNameLatin: z.string(),
  holderName: z.string(),
  holderNameLatin: z.string(),
  programmeTitle: localTextSchema,
  registerNumber: z.string().nullable(),
  firstDay: dateSchema,
  lastDay: dateSchema,
  hours: z.number(),
  issuedOn: dateSchema,
  status: certificateStatusSchema,
  revokedOn: dateSchema.nullable(),
  revokeReason: z.string().nullable(),
  createdAt: timestamp,
});
export type Certificate = z.infer<typeof certificateSchema>;
export const certificatePageSchema = page(certificateSchema);

export const certificateListQuery = listQuery
  .extend({
    employeeId: idSchema.optional(),
    sessionId: idSchema.optional(),
    organisationId: idSchema.optional(),
    issuerId: idSchema.optional(),
    mine: z.literal('true').optional().describe("The signed-in user's own certificates"),
  })
  .strict();
export type CertificateListQuery = z.infer<typeof certificateListQuery>;

export const certificatePdfQuery = z
  .object({ locale: localeSchema.optional().describe("The holder's language and script when omitted") })
  .strict();

/** The public verification answer: nothing beyond what the certificate itself shows. */
export const certificateVerificationSchema = z.object({
  code: z.string(),
  status: certificateStatusSchema,
  holderName: z.string(),
  holderNameLatin: z.string(),
  programmeTitle: localTextSchema,
  issuerName: z.string(),
  issuerNameLatin: z.string(),
  issuedOn: dateSchema,
  revokedOn: dateSchema.nullable(),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
export const certificateCodeParams = z.object({ code: z.string().regex(/^[A-Z0-9-]{6,40}$/) }).strict();
