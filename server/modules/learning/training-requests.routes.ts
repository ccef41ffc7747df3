import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  trainingRequestAnswerSchema,
  trainingRequestCreateSchema,
  trainingRequestDeclineSchema,
  trainingRequestListQuery,
  trainingRequestPageSchema,
  trainingRequestScheduleSchema,
  trainingRequestSchema,
} from '../../../contracts/training-requests';
import { actorOf } from '../../platform/http/auth-hooks';
import type { TrainingRequestsService } from './training-requests.service';

export function trainingRequestsRoutes(app: FastifyInstance, service: TrainingRequestsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['training-requests'];
  const manage = { access: 'learning.manage' } as const;
  const one = { 200: trainingRequestSchema };

  r.get('/api/v1/training-requests', {
    config: manage,
    schema: {
      tags,
      description: 'Requests of your municipality and those addressed to your body, newest first.',
      querystring: trainingRequestListQuery,
      response: { 200: trainingRequestPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/training-requests/:id', {
    config: manage,
    schema: { tags, params: idParams, response: one },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/training-requests', {
    config: manage,
    schema: {
      tags,
      description: 'A municipality asks a national body of its country for a training.',
      body: trainingRequestCreateSchema,
      response: { 201: trainingRequestSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.post('/api/v1/training-requests/:id/accept', {
    config: manage,
    schema: { tags, params: idParams, body: trainingRequestAnswerSchema, response: one },
    handler: (req) => service.accept(actorOf(req), req.params.id, req.body.answer),
  });
  r.post('/api/v1/training-requests/:id/decline', {
    config: manage,
    schema: { tags, params: idParams, body: trainingRequestDeclineSchema, response: one },
    handler: (req) => service.decline(actorOf(req), req.params.id, req.body.answer),
  });
  r.post('/api/v1/training-requests/:id/withdraw', {
    config: manage,
    schema: {
      tags,
      description: 'The municipality takes its request back.',
      params: idParams,
      response: one,
    },
    handler: (req) => service.withdraw(actorOf(req), req.params.id),
  });
  r.post('/api/v1/training-requests/:id/schedule', {
    config: manage,
    schema: {
      tags,
      description:
        'Creates the session, restricted to the municipality that asked; the request is then scheduled.',
      params: idParams,
      body: trainingRequestScheduleSchema,
      response: one,
    },
    handler: (req) => service.schedule(actorOf(req), req.params.id, req.body),
  });
}
