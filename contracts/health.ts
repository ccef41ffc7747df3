import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number(), available: z.number(), upToDate: z.boolean() }),
  }),
  mail: z.enum(['smtp', 'outbox']),
  version: z.string(),
});
