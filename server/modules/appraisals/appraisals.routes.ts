import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../../contracts/access';
import {
  type Appraisal,
  appealDecisionSchema,
  appealInputSchema,
  appraisalCycleCreateSchema,
  appraisalCycleListQuery,
  appraisalCycleListSchema,
  appraisalCycleSchema,
  appraisalCycleUpdateSchema,
  appraisalListQuery,
  appraisalPageSchema,
  appraisalSchema,
  appraisalUpdateSchema,
  commentInputSchema,
  finaliseInputSchema,
  goalsInputSchema,
  interimInputSchema,
  promotionListQuery,
  promotionListSchema,
  raterListQuery,
  raterListSchema,
  ratingsInputSchema,
  reminderResultSchema,
  trainingNeedListQuery,
  trainingNeedListSchema,
} from '../../../contracts/appraisals';
import { idParams } from '../../../contracts/common';
import type { Actor } from '../../platform/access/actor';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { AppraisalCyclesService } from './appraisal-cycles.service';
import type { AppraisalRecordsService } from './appraisal-records.service';
import type { AppraisalsService } from './appraisals.service';

export function appraisalsRoutes(
  app: FastifyInstance,
  services: {
    cycles: AppraisalCyclesService;
    appraisals: AppraisalsService;
    records: AppraisalRecordsService;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { cycles, appraisals, records } = services;
  const read = { access: 'appraisals.read' } as const;
  const manage = { access: 'appraisals.manage' } as const;
  const rate = { access: 'appraisals.rate' } as const;

  {
    const tags = ['appraisal-cycles'];
    r.get('/api/v1/appraisal-cycles', {
      config: read,
      schema: { tags, querystring: appraisalCycleListQuery, response: { 200: appraisalCycleListSchema } },
      handler: (req) => cycles.list(actorOf(req), req.query.organisationId),
    });
    r.post('/api/v1/appraisal-cycles', {
      config: manage,
      schema: { tags, body: appraisalCycleCreateSchema, response: { 201: appraisalCycleSchema } },
      handler: async (req, reply) => reply.status(201).send(await cycles.create(actorOf(req), req.body)),
    });
    r.get('/api/v1/appraisal-cycles/:id', {
      config: read,
      schema: { tags, params: idParams, response: { 200: appraisalCycleSchema } },
      handler: (req) => cycles.get(actorOf(req), req.params.id),
    });
    r.patch('/api/v1/appraisal-cycles/:id', {
      config: manage,
      schema: {
        tags,
        params: idParams,
        body: appraisalCycleUpdateSchema,
        response: { 200: appraisalCycleSchema },
      },
      handler: (req) => cycles.update(actorOf(req), req.params.id, req.body),
    });
    r.post('/api/v1/appraisal-cycles/:id/close', {
      config: manage,
      schema: { tags, params: idParams, response: { 200: appraisalCycleSchema } },
      handler: (req) => cycles.close(actorOf(req), req.params.id),
    });
    r.post('/api/v1/appraisal-cycles/:id/newcomers', {
      config: manage,
      schema: {
        tags,
        description: 'Adds appraisals for officials who became eligible after the year was opened.',
        params: idParams,
        response: { 200: appraisalCycleSchema },
      },
      handler: (req) => cycles.addNewcomers(actorOf(req), req.params.id),
    });
    r.post('/api/v1/appraisal-cycles/:id/reminders', {
      config: manage,
      schema: {
        tags,
        description: 'E-mails everyone who must act on an appraisal whose step is due within a week.',
        params: idParams,
        response: { 200: reminderResultSchema },
      },
      handler: (req) => cycles.remind(actorOf(req), req.params.id),
    });
    r.get('/api/v1/appraisal-raters', {
      config: manage,
      schema: { tags, querystring: raterListQuery, response: { 200: raterListSchema } },
      handler: (req) => cycles.raters(actorOf(req), req.query.organisationId),
    });
  }

  const tags = ['appraisals'];
  r.get('/api/v1/appraisals', {
    config: read,
    schema: { tags, querystring: appraisalListQuery, response: { 200: appraisalPageSchema } },
    handler: (req) => appraisals.list(actorOf(req), req.query),
  });
  r.get('/api/v1/appraisals/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: appraisalSchema } },
    handler: (req) => appraisals.get(actorOf(req), req.params.id),
  });
  r.patch('/api/v1/appraisals/:id', {
    config: read,
    schema: { tags, params: idParams, body: appraisalUpdateSchema, response: { 200: appraisalSchema } },
    handler: (req) => appraisals.update(actorOf(req), req.params.id, req.body),
  });
  r.put('/api/v1/appraisals/:id/goals', {
    config: rate,
    schema: { tags, params: idParams, body: goalsInputSchema, response: { 200: appraisalSchema } },
    handler: (req) => appraisals.putGoals(actorOf(req), req.params.id, req.body),
  });
  r.put('/api/v1/appraisals/:id/ratings', {
    config: rate,
    schema: { tags, params: idParams, body: ratingsInputSchema, response: { 200: appraisalSchema } },
    handler: (req) => appraisals.rate(actorOf(req), req.params.id, req.body),
  });
  /** The transitions: each an explicit action of the rater, the official or HR. */
  const step = <S extends z.ZodType>(
    path: string,
    config: { access: Permission },
    body: S,
    handler: (actor: Actor, id: string, input: z.infer<S>) => Promise<Appraisal>,
  ) =>
    r.post(`/api/v1/appraisals/:id/${path}`, {
      config,
      schema: { tags, params: idParams, body, response: { 200: appraisalSchema } },
      handler: (req) => handler(actorOf(req), req.params.id, req.body as z.infer<S>),
    });
  const noBody = z.object({}).strict().optional();
  step('propose-goals', rate, noBody, (actor, id) => appraisals.proposeGoals(actor, id));
  step('acknowledge-goals', read, commentInputSchema, appraisals.acknowledgeGoals);
  step('interim', rate, interimInputSchema, appraisals.interim);
  step('submit-rating', rate, noBody, (actor, id) => appraisals.submitRating(actor, id));
  step('acknowledge', read, commentInputSchema, appraisals.acknowledge);
  step('finalise', manage, finaliseInputSchema, appraisals.finalise);
  step('appeal', read, appealInputSchema, appraisals.appeal);
  step('appeal-decision', manage, appealDecisionSchema, appraisals.decideAppeal);
  r.get('/api/v1/appraisals/:id/decision.pdf', {
    config: read,
    schema: { tags, params: idParams, produces: [generatedTypes.pdf] },
    handler: async (req, reply) =>
      sendAttachment(
        reply,
        'appraisal-decision',
        'pdf',
        await appraisals.decision(actorOf(req), req.params.id),
      ),
  });
  r.get('/api/v1/training-needs', {
    config: read,
    schema: { tags, querystring: trainingNeedListQuery, response: { 200: trainingNeedListSchema } },
    handler: (req) => records.trainingNeeds(actorOf(req), req.query),
  });
  r.get('/api/v1/appraisal-promotions', {
    config: manage,
    schema: { tags, querystring: promotionListQuery, response: { 200: promotionListSchema } },
    handler: (req) => records.promotions(actorOf(req), req.query.organisationId),
  });
}
