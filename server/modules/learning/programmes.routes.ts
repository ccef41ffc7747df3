import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  programmeCreateSchema,
  programmeListQuery,
  programmePageSchema,
  programmeSchema,
  programmeUpdateSchema,
} from '../../../contracts/learning-catalogue';
import { actorOf } from '../../platform/http/auth-hooks';
import type { ProgrammesService } from './programmes.service';

export function programmesRoutes(app: FastifyInstance, service: ProgrammesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning-catalogue'];
  const manage = { access: 'learning.manage' } as const;

  r.get('/api/v1/programmes', {
    config: { access: 'learning.read' },
    schema: {
      tags,
      description: 'Every announced catalogue entry and the drafts of your own organisation, by code.',
      querystring: programmeListQuery,
      response: { 200: programmePageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/programmes/:id', {
    config: { access: 'learning.read' },
    schema: { tags, params: idParams, response: { 200: programmeSchema } },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/programmes', {
    config: manage,
    schema: {
      tags,
      description: 'A new entry of a national body’s or a municipality’s catalogue, in draft.',
      body: programmeCreateSchema,
      response: { 201: programmeSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/programmes/:id', {
    config: manage,
    schema: {
      tags,
      description: 'Edits an entry; `status` publishes or withdraws it.',
      params: idParams,
      body: programmeUpdateSchema,
      response: { 200: programmeSchema },
    },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
}
