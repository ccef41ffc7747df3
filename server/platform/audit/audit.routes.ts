import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditListQuery, auditPageSchema } from '../../../contracts/audit';
import { actorOf } from '../http/auth-hooks';
import type { AuditService } from './audit.service';

export function auditRoutes(app: FastifyInstance, service: AuditService) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/audit-events', {
    config: { access: 'audit.read' },
    schema: { tags: ['audit'], querystring: auditListQuery, response: { 200: auditPageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
}
