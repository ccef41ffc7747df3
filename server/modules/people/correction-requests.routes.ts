import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  correctionDecisionSchema,
  correctionRejectionSchema,
  correctionRequestCreateSchema,
  correctionRequestListQuery,
  correctionRequestPageSchema,
  correctionRequestSchema,
} from '../../../contracts/correction-requests';
import { actorOf } from '../../platform/http/auth-hooks';
import type { CorrectionRequestsService } from './correction-requests.service';

export function correctionRequestsRoutes(app: FastifyInstance, service: CorrectionRequestsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  r.get('/api/v1/correction-requests', {
    config: { access: 'employees.read' },
    schema: { tags, querystring: correctionRequestListQuery, response: { 200: correctionRequestPageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post('/api/v1/employees/:id/correction-requests', {
    config: { access: 'employees.read' },
    schema: {
      tags,
      params: idParams,
      body: correctionRequestCreateSchema,
      response: { 201: correctionRequestSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.create(actorOf(req), req.params.id, req.body)),
  });
  r.post('/api/v1/correction-requests/:id/accept', {
    config: { access: 'employees.manage' },
    schema: {
      tags,
      params: idParams,
      body: correctionDecisionSchema,
      response: { 200: correctionRequestSchema },
    },
    handler: (req) => service.accept(actorOf(req), req.params.id, req.body.note),
  });
  r.post('/api/v1/correction-requests/:id/reject', {
    config: { access: 'employees.manage' },
    schema: {
      tags,
      params: idParams,
      body: correctionRejectionSchema,
      response: { 200: correctionRequestSchema },
    },
    handler: (req) => service.reject(actorOf(req), req.params.id, req.body.note),
  });
}
