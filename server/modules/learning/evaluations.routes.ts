import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  evaluationCreateSchema,
  evaluationSchema,
  evaluationSummarySchema,
} from '../../../contracts/learning-evaluations';
import { actorOf } from '../../platform/http/auth-hooks';
import type { EvaluationsService } from './evaluations.service';

/** Not in the contract as a named schema: the signed-in user's own answers. */
const mineSchema = z.object({ items: z.array(evaluationSchema) });

export function evaluationsRoutes(app: FastifyInstance, evaluations: EvaluationsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluations'];
  const read = { access: 'learning.read' } as const;

  r.post('/api/v1/sessions/:id/evaluations', {
    config: read,
    schema: {
      tags,
      description:
        'A rating from one of the four sources; who may give which, and when, is checked per source.',
      params: idParams,
      body: evaluationCreateSchema,
      response: { 201: evaluationSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await evaluations.create(actorOf(req), req.params.id, req.body)),
  });
  r.get('/api/v1/sessions/:id/evaluations/summary', {
    config: read,
    schema: { tags, params: idParams, response: { 200: evaluationSummarySchema } },
    handler: (req) => evaluations.summary(actorOf(req), req.params.id),
  });
  r.get('/api/v1/sessions/:id/evaluations/mine', {
    config: read,
    schema: { tags, params: idParams, response: { 200: mineSchema } },
    handler: (req) => evaluations.mine(actorOf(req), req.params.id),
  });
}
