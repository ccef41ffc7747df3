import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  positionCreateSchema,
  positionListQuery,
  positionPageSchema,
  positionSchema,
  positionUpdateSchema,
  staffingReportSchema,
  systematisationAdoptSchema,
  systematisationCreateSchema,
  systematisationListQuery,
  systematisationListSchema,
  systematisationSchema,
  systematisationUpdateSchema,
} from '../../../contracts/positions';
import { actorOf } from '../../platform/http/auth-hooks';
import type { PositionsService } from './positions.service';

export function positionsRoutes(app: FastifyInstance, service: PositionsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['positions'];
  const read = { access: 'positions.read' } as const;
  const manage = { access: 'positions.manage' } as const;

  r.get('/api/v1/systematisations', {
    config: read,
    schema: { tags, querystring: systematisationListQuery, response: { 200: systematisationListSchema } },
    handler: (req) => service.listSystematisations(actorOf(req), req.query.organisationId),
  });
  r.get('/api/v1/systematisations/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: systematisationSchema } },
    handler: (req) => service.getSystematisation(actorOf(req), req.params.id),
  });
  r.get('/api/v1/systematisations/:id/staffing', {
    config: read,
    schema: { tags, params: idParams, response: { 200: staffingReportSchema } },
    handler: (req) => service.staffing(actorOf(req), req.params.id),
  });
  r.post('/api/v1/systematisations', {
    config: manage,
    schema: { tags, body: systematisationCreateSchema, response: { 201: systematisationSchema } },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createSystematisation(actorOf(req), req.body)),
  });
  r.patch('/api/v1/systematisations/:id', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: systematisationUpdateSchema,
      response: { 200: systematisationSchema },
    },
    handler: (req) => service.updateSystematisation(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/systematisations/:id/adopt', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: systematisationAdoptSchema,
      response: { 200: systematisationSchema },
    },
    handler: (req) => service.adopt(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/systematisations/:id', {
    config: manage,
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.deleteSystematisation(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/positions', {
    config: read,
    schema: { tags, querystring: positionListQuery, response: { 200: positionPageSchema } },
    handler: (req) => service.listPositions(actorOf(req), req.query),
  });
  r.get('/api/v1/positions/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: positionSchema } },
    handler: (req) => service.getPosition(actorOf(req), req.params.id),
  });
  r.post('/api/v1/positions', {
    config: manage,
    schema: { tags, body: positionCreateSchema, response: { 201: positionSchema } },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createPosition(actorOf(req), req.body)),
  });
  r.patch('/api/v1/positions/:id', {
    config: manage,
    schema: { tags, params: idParams, body: positionUpdateSchema, response: { 200: positionSchema } },
    handler: (req) => service.updatePosition(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/positions/:id', {
    config: manage,
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.deletePosition(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
