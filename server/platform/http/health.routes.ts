import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../contracts/health';
import type { Connection } from '../../db/client';
import { migrationState } from '../../db/migrate';

export function healthRoutes(
  app: FastifyInstance,
  conn: Connection,
  mailKind: 'smtp' | 'outbox',
  version: string,
) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['platform'], response: { 200: healthSchema } },
    handler: async () => {
      const migrations = await migrationState(conn);
      return {
        status: migrations.upToDate ? ('ok' as const) : ('degraded' as const),
        database: { kind: conn.kind, migrations },
        mail: mailKind,
        version,
      };
    },
  });
}
