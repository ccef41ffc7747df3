import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  trainerCreateSchema,
  trainerListQuery,
  trainerPageSchema,
  trainerSchema,
  trainerUpdateSchema,
} from '../../../contracts/learning-trainers';
import { actorOf } from '../../platform/http/auth-hooks';
import type { TrainersService } from './trainers.service';

export function trainersRoutes(app: FastifyInstance, service: TrainersService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning-trainers'];
  const manage = { access: 'learning.manage' } as const;

  r.get('/api/v1/trainers', {
    config: { access: 'learning.read' },
    schema: {
      tags,
      description: 'The registers of accredited trainers; e-mail and phone only for the register’s owner.',
      querystring: trainerListQuery,
      response: { 200: trainerPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/trainers/:id', {
    config: { access: 'learning.read' },
    schema: { tags, params: idParams, response: { 200: trainerSchema } },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/trainers', {
    config: manage,
    schema: { tags, body: trainerCreateSchema, response: { 201: trainerSchema } },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/trainers/:id', {
    config: manage,
    schema: {
      tags,
      description: 'Edits an entry; `suspended` takes a trainer off the public register.',
      params: idParams,
      body: trainerUpdateSchema,
      response: { 200: trainerSchema },
    },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
}
