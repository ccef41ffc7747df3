import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appraisalRulesSchema } from '../../../contracts/appraisal-rules';
import { idParams } from '../../../contracts/common';
import {
  competencyCreateSchema,
  competencyListQuery,
  competencyListSchema,
  competencySchema,
  competencyUpdateSchema,
} from '../../../contracts/competencies';
import { actorOf } from '../../platform/http/auth-hooks';
import type { CompetenciesService } from './competencies.service';

const countryParams = z.object({ code: z.string().regex(/^[A-Z]{2}$/) }).strict();

export function competenciesRoutes(app: FastifyInstance, service: CompetenciesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['competencies'];
  const read = { access: 'competencies.read' } as const;
  const manage = { access: 'competencies.manage' } as const;

  r.get('/api/v1/competencies', {
    config: read,
    schema: {
      tags,
      description: "The country's framework and, with organisationId, that municipality's own competencies.",
      querystring: competencyListQuery,
      response: { 200: competencyListSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post('/api/v1/competencies', {
    config: manage,
    schema: { tags, body: competencyCreateSchema, response: { 201: competencySchema } },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/competencies/:id', {
    config: manage,
    schema: { tags, params: idParams, body: competencyUpdateSchema, response: { 200: competencySchema } },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  r.get('/api/v1/countries/:code/appraisal-rules', {
    config: { access: 'countries.read' },
    schema: { tags, params: countryParams, response: { 200: appraisalRulesSchema } },
    handler: (req) => service.rules(actorOf(req), req.params.code),
  });
  r.put('/api/v1/countries/:code/appraisal-rules', {
    config: manage,
    schema: {
      tags,
      description:
        "Replaces the country's appraisal rules; cycles already open keep the rules they opened with.",
      params: countryParams,
      body: appraisalRulesSchema,
      response: { 200: appraisalRulesSchema },
    },
    handler: (req) => service.replaceRules(actorOf(req), req.params.code, req.body),
  });
}
