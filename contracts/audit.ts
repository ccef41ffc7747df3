import { z } from 'zod';
import { idSchema, page, timestamp } from './common';

export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: timestamp,
  organisationId: idSchema.nullable(),
  actorUserId: idSchema.nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditPageSchema = page(auditEventSchema);

export const auditListQuery = z
  .object({
    organisationId: idSchema.optional(),
    entityType: z.string().max(60).optional(),
    entityId: z.string().max(60).optional(),
    actorUserId: idSchema.optional(),
    action: z.string().max(60).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(100).optional(),
  })
  .strict();
export type AuditListQuery = z.infer<typeof auditListQuery>;
