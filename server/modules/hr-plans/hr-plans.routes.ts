import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  hrPlanActualSchema,
  hrPlanAdoptSchema,
  hrPlanCreateSchema,
  hrPlanDetailSchema,
  hrPlanLineParams,
  hrPlanLineSchema,
  hrPlanLineUpdateSchema,
  hrPlanListQuery,
  hrPlanListSchema,
  hrPlanUpdateSchema,
} from '../../../contracts/hr-plans';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { HrPlansService } from './hr-plans.service';

export function hrPlansRoutes(app: FastifyInstance, service: HrPlansService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['hr-plans'];
  const read = { access: 'hr-plans.read' } as const;
  const manage = { access: 'hr-plans.manage' } as const;

  r.get('/api/v1/hr-plans', {
    config: read,
    schema: { tags, querystring: hrPlanListQuery, response: { 200: hrPlanListSchema } },
    handler: (req) => service.list(actorOf(req), req.query.organisationId),
  });
  r.post('/api/v1/hr-plans', {
    config: manage,
    schema: {
      tags,
      description: 'Generates a draft plan from the act in force and the current staffing.',
      body: hrPlanCreateSchema,
      response: { 201: hrPlanDetailSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.get('/api/v1/hr-plans/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: hrPlanDetailSchema } },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.patch('/api/v1/hr-plans/:id', {
    config: manage,
    schema: { tags, params: idParams, body: hrPlanUpdateSchema, response: { 200: hrPlanDetailSchema } },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  r.patch('/api/v1/hr-plans/:id/lines/:lineId', {
    config: manage,
    schema: {
      tags,
      params: hrPlanLineParams,
      body: hrPlanLineUpdateSchema,
      response: { 200: hrPlanLineSchema },
    },
    handler: (req) => service.updateLine(actorOf(req), req.params.id, req.params.lineId, req.body),
  });
  r.post('/api/v1/hr-plans/:id/adopt', {
    config: manage,
    schema: { tags, params: idParams, body: hrPlanAdoptSchema, response: { 200: hrPlanDetailSchema } },
    handler: (req) => service.adopt(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/hr-plans/:id', {
    config: manage,
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.delete(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  r.get('/api/v1/hr-plans/:id/actual', {
    config: read,
    schema: { tags, params: idParams, response: { 200: hrPlanActualSchema } },
    handler: (req) => service.actual(actorOf(req), req.params.id),
  });
  r.get('/api/v1/hr-plans/:id/pdf', {
    config: read,
    schema: { tags, params: idParams, produces: [generatedTypes.pdf] },
    handler: async (req, reply) =>
      sendAttachment(reply, 'hr-plan', 'pdf', await service.pdf(actorOf(req), req.params.id)),
  });
  r.get('/api/v1/hr-plans/:id/xlsx', {
    config: read,
    schema: { tags, params: idParams, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(reply, 'hr-plan', 'xlsx', await service.xlsx(actorOf(req), req.params.id)),
  });
}
