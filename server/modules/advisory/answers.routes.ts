import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  answerListQuery,
  answerPageSchema,
  answerSchema,
  answerUpdateSchema,
} from '../../../contracts/advisory-answers';
import { idParams } from '../../../contracts/common';
import { actorOf } from '../../platform/http/auth-hooks';
import type { AnswersService } from './answers.service';

export function answersRoutes(app: FastifyInstance, service: AnswersService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['advisory-answers'];
  const answer = { access: 'advice.answer' } as const;
  const step = { tags, params: idParams, response: { 200: answerSchema } };

  r.post('/api/v1/questions/:id/publication', {
    config: answer,
    schema: {
      tags,
      description:
        'Drafts the knowledge-base entry of an answered question: the last answer, the municipality, people and contacts taken out.',
      params: idParams,
      response: { 201: answerSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.draftFrom(actorOf(req), req.params.id)),
  });
  r.get('/api/v1/answers', {
    config: answer,
    schema: {
      tags,
      description: "The association's entries, newest first, drafts and withdrawn ones included.",
      querystring: answerListQuery,
      response: { 200: answerPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/answers/:id', {
    config: answer,
    schema: step,
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.patch('/api/v1/answers/:id', {
    config: answer,
    schema: { ...step, body: answerUpdateSchema },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/answers/:id/publish', {
    config: answer,
    schema: { ...step, description: 'Puts a draft or withdrawn entry in the public knowledge base.' },
    handler: (req) => service.publish(actorOf(req), req.params.id),
  });
  r.post('/api/v1/answers/:id/withdraw', {
    config: answer,
    schema: { ...step, description: 'Takes a published entry out of the public knowledge base.' },
    handler: (req) => service.withdraw(actorOf(req), req.params.id),
  });
  r.post('/api/v1/answers/:id/recheck', {
    config: answer,
    schema: {
      ...step,
      description: 'Records that the entry was checked against the law as it stands today.',
    },
    handler: (req) => service.recheck(actorOf(req), req.params.id),
  });
}
