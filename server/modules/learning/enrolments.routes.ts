import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  enrolmentCreateSchema,
  enrolmentListQuery,
  enrolmentListSchema,
  enrolmentPageSchema,
  enrolmentSchema,
  optionalReasonSchema,
  reasonSchema,
} from '../../../contracts/learning-enrolments';
import { actorOf } from '../../platform/http/auth-hooks';
import type { EnrolmentsService } from './enrolments.service';

export function enrolmentsRoutes(app: FastifyInstance, service: EnrolmentsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['enrolments'];
  const approve = { access: 'learning.approve' } as const;

  r.get('/api/v1/enrolments', {
    config: { access: 'learning.read' },
    schema: { tags, querystring: enrolmentListQuery, response: { 200: enrolmentPageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post('/api/v1/enrolments', {
    config: { access: 'learning.enrol' },
    schema: {
      tags,
      description: 'Enrols people in the order given: seats while any are free, then the waiting list.',
      body: enrolmentCreateSchema,
      response: { 201: enrolmentListSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send({ items: await service.create(actorOf(req), req.body) }),
  });
  r.post('/api/v1/enrolments/:id/approve', {
    config: approve,
    schema: { tags, params: idParams, response: { 200: enrolmentSchema } },
    handler: (req) => service.approve(actorOf(req), req.params.id),
  });
  r.post('/api/v1/enrolments/:id/decline', {
    config: approve,
    schema: { tags, params: idParams, body: reasonSchema, response: { 200: enrolmentSchema } },
    handler: (req) => service.decline(actorOf(req), req.params.id, req.body.reason),
  });
  r.post('/api/v1/enrolments/:id/cancel', {
    config: { access: 'learning.read' },
    schema: {
      tags,
      description:
        'Gives the place back: the participant or their HR officer until the cancellation deadline, the organiser until completion.',
      params: idParams,
      body: optionalReasonSchema,
      response: { 200: enrolmentSchema },
    },
    handler: (req) => service.cancel(actorOf(req), req.params.id, req.body.reason),
  });
}
