import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  nominationResultSchema,
  practiceCreateSchema,
  practiceListQuery,
  practiceModerationSchema,
  practicePageSchema,
  practiceSchema,
  practiceUpdateSchema,
  practiceWeekChoiceSchema,
  practiceWeekSchema,
} from '../../../contracts/practices';
import type { Config } from '../../config';
import { actorOf, sessionCookie } from '../../platform/http/auth-hooks';
import type { PracticeNominationsService } from './practice-nominations.service';
import type { PracticeWeeksService } from './practice-weeks.service';
import type { PracticesService } from './practices.service';

export function practicesRoutes(
  app: FastifyInstance,
  services: {
    practices: PracticesService;
    nominations: PracticeNominationsService;
    weeks: PracticeWeeksService;
  },
  config: Config,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['practices'];
  const { practices, nominations, weeks } = services;
  // Submitters and moderators share the reading routes; the service decides what each sees.
  const session = { access: 'session' } as const;
  const submit = { access: 'practices.submit' } as const;
  const moderate = { access: 'practices.moderate' } as const;
  const one = { 200: practiceSchema };
  const base = '/api/v1/practices';

  r.get(base, {
    config: session,
    schema: {
      tags,
      description:
        "Your municipality's practices, recently changed first; with `bodyId` the association's moderation queue, submitted ones first, oldest first.",
      querystring: practiceListQuery,
      response: { 200: practicePageSchema },
    },
    handler: (req) => practices.list(actorOf(req), req.query),
  });
  r.get(`${base}/:id`, {
    config: session,
    schema: {
      tags,
      description: 'A published practice, or one your municipality or association works on.',
      params: idParams,
      response: one,
    },
    handler: (req) => practices.get(actorOf(req), req.params.id),
  });
  r.post(base, {
    config: submit,
    schema: {
      tags,
      description: "A draft practice of your municipality, moderated by your country's association.",
      body: practiceCreateSchema,
      response: { 201: practiceSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await practices.create(actorOf(req), req.body)),
  });
  r.patch(`${base}/:id`, {
    config: submit,
    schema: {
      tags,
      description: 'Changes a draft or a returned practice.',
      params: idParams,
      body: practiceUpdateSchema,
      response: one,
    },
    handler: (req) => practices.update(actorOf(req), req.params.id, req.body),
  });
  r.delete(`${base}/:id`, {
    config: submit,
    schema: { tags, description: 'Deletes a draft.', params: idParams },
    handler: async (req, reply) => {
      await practices.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });
  r.post(`${base}/:id/submit`, {
    config: submit,
    schema: {
      tags,
      description: 'Sends a draft or returned practice to the association.',
      params: idParams,
      response: one,
    },
    handler: (req) => practices.submit(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/moderation`, {
    config: moderate,
    schema: {
      tags,
      description:
        'Publishes a submitted practice with the four scores, returns it with a note or rejects it.',
      params: idParams,
      body: practiceModerationSchema,
      response: one,
    },
    handler: (req) => practices.moderate(actorOf(req), req.params.id, req.body),
  });
  r.post(`${base}/:id/nominations`, {
    // Per session, or per address without one: nominations must not be cheap to stuff.
    config: {
      ...session,
      rateLimit: {
        max: config.loginRateLimitMax,
        timeWindow: '1 minute',
        keyGenerator: (req) => req.cookies?.[sessionCookie] ?? req.ip,
      },
    },
    schema: {
      tags,
      description:
        "Nominates a published practice, once per user (409 `already_nominated`); not your own municipality's (409 `own_practice`).",
      params: idParams,
      response: { 201: nominationResultSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await nominations.nominate(actorOf(req), req.params.id)),
  });
  r.delete(`${base}/:id/nominations`, {
    config: session,
    schema: { tags, description: 'Withdraws your nomination.', params: idParams, response: one },
    handler: (req) => nominations.withdraw(actorOf(req), req.params.id),
  });
  r.put('/api/v1/practice-weeks', {
    config: moderate,
    schema: {
      tags,
      description:
        "The association's practice of the week (`weekOf` a Monday): a published practice of its country.",
      body: practiceWeekChoiceSchema,
      response: { 200: practiceWeekSchema },
    },
    handler: (req) => weeks.choose(actorOf(req), req.body),
  });
}
