import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, idSchema } from '../../../contracts/common';
import {
  addToProgrammeSchema,
  mySurveySchema,
  needsAnalysisCreateSchema,
  needsAnalysisListQuery,
  needsAnalysisListSchema,
  needsAnalysisSchema,
  needsSummarySchema,
  needsTriggerCreateSchema,
  needsTriggerSchema,
  surveyAnswerSchema,
  surveyOpenSchema,
} from '../../../contracts/needs-analyses';
import { actorOf } from '../../platform/http/auth-hooks';
import type { NeedsAnalysesService } from './needs-analyses.service';

const triggerParams = z.object({ id: idSchema, triggerId: idSchema }).strict();
const addedSchema = z.object({ annualProgrammeId: idSchema, itemId: idSchema });

export function needsAnalysesRoutes(app: FastifyInstance, service: NeedsAnalysesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['needs-analyses'];
  const manage = { access: 'learning.manage' } as const;
  const one = { 200: needsAnalysisSchema };
  const base = '/api/v1/needs-analyses';

  r.get(base, {
    config: manage,
    schema: { tags, querystring: needsAnalysisListQuery, response: { 200: needsAnalysisListSchema } },
    handler: (req) => service.list(actorOf(req), req.query.organisationId),
  });
  r.post(base, {
    config: manage,
    schema: {
      tags,
      description: 'Starts the training needs analysis of a municipality for a year (one per year).',
      body: needsAnalysisCreateSchema,
      response: { 201: needsAnalysisSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.get(`${base}/:id`, {
    config: manage,
    schema: { tags, params: idParams, response: one },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/close`, {
    config: manage,
    schema: { tags, description: 'Closes the analysis and its survey.', params: idParams, response: one },
    handler: (req) => service.close(actorOf(req), req.params.id),
  });
  r.get(`${base}/:id/triggers`, {
    config: manage,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(needsTriggerSchema) }) } },
    handler: (req) => service.triggers(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/triggers`, {
    config: manage,
    schema: { tags, params: idParams, body: needsTriggerCreateSchema, response: { 201: needsTriggerSchema } },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addTrigger(actorOf(req), req.params.id, req.body)),
  });
  r.delete(`${base}/:id/triggers/:triggerId`, {
    config: manage,
    schema: { tags, params: triggerParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.removeTrigger(actorOf(req), req.params.id, req.params.triggerId);
      return reply.status(204).send(null);
    },
  });
  r.post(`${base}/:id/survey/open`, {
    config: manage,
    schema: {
      tags,
      description: 'Opens the survey until `closesOn` and e-mails every active employee with an account.',
      params: idParams,
      body: surveyOpenSchema,
      response: one,
    },
    handler: (req) => service.openSurvey(actorOf(req), req.params.id, req.body.closesOn),
  });
  r.put(`${base}/:id/survey/answer`, {
    config: { access: 'learning.read' },
    schema: {
      tags,
      description: 'The signed-in member of the municipality answers the open survey (again, to change it).',
      params: idParams,
      body: surveyAnswerSchema,
      response: { 200: surveyAnswerSchema },
    },
    handler: (req) => service.answer(actorOf(req), req.params.id, req.body),
  });
  r.get('/api/v1/needs-survey/mine', {
    config: { access: 'learning.read' },
    schema: {
      tags,
      description: 'Open surveys of your municipalities, with your answer.',
      response: { 200: z.object({ items: z.array(mySurveySchema) }) },
    },
    handler: (req) => service.mySurveys(actorOf(req)),
  });
  r.get(`${base}/:id/summary`, {
    config: manage,
    schema: {
      tags,
      description: 'Needs aggregated by competency and topic area, with suggested catalogue programmes.',
      params: idParams,
      response: { 200: needsSummarySchema },
    },
    handler: (req) => service.summary(actorOf(req), req.params.id),
  });
  r.post(`${base}/:id/add-to-programme`, {
    config: manage,
    schema: {
      tags,
      description: "Adds the need to the year's special programme, creating it as a draft the first time.",
      params: idParams,
      body: addToProgrammeSchema,
      response: { 201: addedSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addToProgramme(actorOf(req), req.params.id, req.body)),
  });
}
