import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  developmentPlanCreateSchema,
  developmentPlanListQuery,
  developmentPlanListSchema,
  developmentPlanSchema,
  planCommentSchema,
  planItemCreateSchema,
  planItemParams,
  planItemUpdateSchema,
} from '../../../contracts/development-plans';
import { actorOf } from '../../platform/http/auth-hooks';
import type { DevelopmentPlansService } from './development-plans.service';

export function developmentPlansRoutes(app: FastifyInstance, service: DevelopmentPlansService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['development-plans'];
  const read = { access: 'learning.read' } as const;
  const approve = { access: 'learning.approve' } as const;
  const one = { 200: developmentPlanSchema };
  const base = '/api/v1/development-plans';

  r.get(base, {
    config: read,
    schema: {
      tags,
      description: 'Plans HR sees for the municipality, a manager for their unit, an employee their own.',
      querystring: developmentPlanListQuery,
      response: { 200: developmentPlanListSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post(base, {
    config: approve,
    schema: {
      tags,
      description: "HR or the line manager drafts a person's plan for a year, from their recorded needs.",
      body: developmentPlanCreateSchema,
      response: { 201: developmentPlanSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.get(`${base}/:id`, {
    config: read,
    schema: { tags, params: idParams, response: one },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.delete(`${base}/:id`, {
    config: approve,
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.remove(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  r.post(`${base}/:id/items`, {
    config: approve,
    schema: { tags, params: idParams, body: planItemCreateSchema, response: { 201: developmentPlanSchema } },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addItem(actorOf(req), req.params.id, req.body)),
  });
  r.patch(`${base}/:id/items/:itemId`, {
    config: approve,
    schema: { tags, params: planItemParams, body: planItemUpdateSchema, response: one },
    handler: (req) => service.updateItem(actorOf(req), req.params.id, req.params.itemId, req.body),
  });
  r.delete(`${base}/:id/items/:itemId`, {
    config: approve,
    schema: { tags, params: planItemParams, response: one },
    handler: (req) => service.removeItem(actorOf(req), req.params.id, req.params.itemId),
  });
  r.post(`${base}/:id/agree`, {
    config: approve,
    schema: { tags, description: 'The line manager or HR agrees the plan.', params: idParams, response: one },
    handler: (req) => service.agree(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/comment`, {
    config: read,
    schema: {
      tags,
      description: 'The employee comments on their plan.',
      params: idParams,
      body: planCommentSchema,
      response: one,
    },
    handler: (req) => service.comment(actorOf(req), req.params.id, req.body.comment),
  });
}
