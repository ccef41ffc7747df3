import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  lawCreateSchema,
  lawListQuery,
  lawListSchema,
  lawSchema,
  lawUpdateSchema,
} from '../../../contracts/advisory-answers';
import { idParams } from '../../../contracts/common';
import { actorOf } from '../../platform/http/auth-hooks';
import type { LawsService } from './laws.service';

export function lawsRoutes(app: FastifyInstance, service: LawsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['advisory-laws'];
  const answer = { access: 'advice.answer' } as const;

  r.get('/api/v1/laws', {
    config: { access: 'session' },
    schema: {
      tags,
      description:
        "A country's laws register, with the number of published answers to check again after an amendment.",
      querystring: lawListQuery,
      response: { 200: lawListSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post('/api/v1/laws', {
    config: answer,
    schema: { tags, body: lawCreateSchema, response: { 201: lawSchema } },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/laws/:id', {
    config: answer,
    schema: {
      tags,
      description: 'Edits an entry; recording an amendment (`amendedOn`) flags the answers citing it.',
      params: idParams,
      body: lawUpdateSchema,
      response: { 200: lawSchema },
    },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
}
