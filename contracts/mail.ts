import { z } from 'zod';
import { idSchema, page, timestamp } from './common';

export const outboxStatusSchema = z.enum(['pending', 'sent', 'failed']);

export const outboxMessageSchema = z.object({
  id: idSchema,
  organisationId: idSchema.nullable(),
  recipient: z.string(),
  locale: z.string(),
  template: z.string(),
  subject: z.string(),
  textBody: z.string(),
  status: outboxStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxPageSchema = page(outboxMessageSchema);

export const outboxListQuery = z
  .object({
    status: outboxStatusSchema.optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type OutboxListQuery = z.infer<typeof outboxListQuery>;
