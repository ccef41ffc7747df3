import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  questionAnswerSchema,
  questionCreateSchema,
  questionDetailSchema,
  questionListQuery,
  questionMessageCreateSchema,
  questionPageSchema,
  questionSchema,
} from '../../../contracts/advisory-questions';
import { idParams } from '../../../contracts/common';
import { actorOf } from '../../platform/http/auth-hooks';
import type { QuestionsService } from './questions.service';

export function questionsRoutes(app: FastifyInstance, service: QuestionsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['advisory'];
  // Askers (advice.ask) and answerers (advice.answer) share these routes; the service decides.
  const session = { access: 'session' } as const;
  const one = { 200: questionDetailSchema };
  const base = '/api/v1/questions';

  r.get(base, {
    config: session,
    schema: {
      tags,
      description:
        "Questions of your municipality and those put to your association; `queue` lists the experts' work soonest due first.",
      querystring: questionListQuery,
      response: { 200: questionPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get(`${base}/:id`, {
    config: session,
    schema: { tags, params: idParams, response: one },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post(base, {
    config: { access: 'advice.ask' },
    schema: {
      tags,
      description: 'A municipality asks its association; the answer is due in the pack’s working days.',
      body: questionCreateSchema,
      response: { 201: questionDetailSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });

  const answerer = { access: 'advice.answer' } as const;
  const asker = { access: 'advice.ask' } as const;
  const plain = { tags, params: idParams, response: one };
  const withText = { ...plain, body: questionMessageCreateSchema };
  r.post(`${base}/:id/claim`, {
    config: answerer,
    schema: plain,
    handler: (req) => service.claim(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/release`, {
    config: answerer,
    schema: plain,
    handler: (req) => service.release(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/ask-back`, {
    config: answerer,
    schema: { ...withText, description: 'Asks the municipality for more; the clock stops until it replies.' },
    handler: (req) => service.askBack(actorOf(req), req.params.id, req.body.text),
  });
  r.post(`${base}/:id/answer`, {
    config: answerer,
    schema: { ...plain, body: questionAnswerSchema },
    handler: (req) => service.answer(actorOf(req), req.params.id, req.body),
  });
  r.post(`${base}/:id/reply`, {
    config: asker,
    schema: {
      ...withText,
      description: 'Answers a question back (the clock resumes) or asks a follow-up to an answer.',
    },
    handler: (req) => service.reply(actorOf(req), req.params.id, req.body.text),
  });
  r.post(`${base}/:id/accept`, {
    config: asker,
    schema: plain,
    handler: (req) => service.accept(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/withdraw`, {
    config: asker,
    schema: plain,
    handler: (req) => service.withdraw(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/follow`, {
    config: session,
    schema: { tags, params: idParams, response: { 200: questionSchema } },
    handler: (req) => service.follow(actorOf(req), req.params.id, true),
  });
  r.delete(`${base}/:id/follow`, {
    config: session,
    schema: { tags, params: idParams, response: { 200: questionSchema } },
    handler: (req) => service.follow(actorOf(req), req.params.id, false),
  });
}
