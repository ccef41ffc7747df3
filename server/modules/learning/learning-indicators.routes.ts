import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  indicatorsQuery,
  indicatorsSchema,
  learningTargetsSchema,
  learningTargetsUpdateSchema,
  targetsParams,
} from '../../../contracts/learning-indicators';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { LearningIndicatorsService } from './learning-indicators.service';

export function learningIndicatorsRoutes(app: FastifyInstance, service: LearningIndicatorsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning'];

  r.get('/api/v1/learning-indicators', {
    config: { access: 'reports.read' },
    schema: { tags, querystring: indicatorsQuery, response: { 200: indicatorsSchema } },
    handler: (req) => service.indicators(actorOf(req), req.query),
  });
  r.get('/api/v1/learning-indicators/export', {
    config: { access: 'reports.read' },
    schema: { tags, querystring: indicatorsQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(
        reply,
        `learning-indicators-${req.query.year}`,
        'xlsx',
        await service.indicatorsXlsx(actorOf(req), req.query),
      ),
  });
  r.get('/api/v1/countries/:code/learning-targets/:year', {
    config: { access: 'learning.read' },
    schema: { tags, params: targetsParams, response: { 200: learningTargetsSchema } },
    handler: (req) => service.targets(actorOf(req), req.params.code, req.params.year),
  });
  r.put('/api/v1/countries/:code/learning-targets/:year', {
    config: { access: 'learning.targets' },
    schema: {
      tags,
      params: targetsParams,
      body: learningTargetsUpdateSchema,
      response: { 200: learningTargetsSchema },
    },
    handler: (req) => service.updateTargets(actorOf(req), req.params.code, req.params.year, req.body),
  });
}
