import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { outboxListQuery, outboxPageSchema } from '../../../contracts/mail';
import { actorOf } from '../http/auth-hooks';
import type { OutboxService } from './outbox.service';

export function outboxRoutes(app: FastifyInstance, service: OutboxService) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/outbox', {
    config: { access: 'outbox.read' },
    schema: { tags: ['mail'], querystring: outboxListQuery, response: { 200: outboxPageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
}
