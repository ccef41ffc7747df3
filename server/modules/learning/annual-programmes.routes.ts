import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adoptSchema,
  annualProgrammeCreateSchema,
  annualProgrammeItemCreateSchema,
  annualProgrammeItemUpdateSchema,
  annualProgrammeListQuery,
  annualProgrammeListSchema,
  annualProgrammeSchema,
  annualProgrammeUpdateSchema,
  executionSchema,
  itemParams,
  recordOpinionSchema,
  sendForOpinionSchema,
} from '../../../contracts/annual-programmes';
import { idParams } from '../../../contracts/common';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { AnnualProgrammesService } from './annual-programmes.service';

const formatQuery = z.object({ format: z.enum(['xlsx', 'pdf']) }).strict();

export function annualProgrammesRoutes(app: FastifyInstance, service: AnnualProgrammesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['annual-programmes'];
  const read = { access: 'learning.read' } as const;
  const manage = { access: 'learning.manage' } as const;
  const one = { 200: annualProgrammeSchema };
  const base = '/api/v1/annual-programmes';
  const produces = [generatedTypes.xlsx, generatedTypes.pdf];

  r.get(base, {
    config: read,
    schema: {
      tags,
      description:
        'Your organisation’s programmes, your country’s municipal programmes for national admins, and adopted general programmes.',
      querystring: annualProgrammeListQuery,
      response: { 200: annualProgrammeListSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post(base, {
    config: manage,
    schema: {
      tags,
      description: 'A national body’s general programme or a municipality’s special one for a year.',
      body: annualProgrammeCreateSchema,
      response: { 201: annualProgrammeSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.get(`${base}/:id`, {
    config: read,
    schema: { tags, params: idParams, response: one },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.patch(`${base}/:id`, {
    config: manage,
    schema: { tags, params: idParams, body: annualProgrammeUpdateSchema, response: one },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  r.delete(`${base}/:id`, {
    config: manage,
    schema: { tags, description: 'Only a draft can be deleted.', params: idParams },
    handler: async (req, reply) => {
      await service.delete(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  r.post(`${base}/:id/items`, {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: annualProgrammeItemCreateSchema,
      response: { 201: annualProgrammeSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addItem(actorOf(req), req.params.id, req.body)),
  });
  r.patch(`${base}/:id/items/:itemId`, {
    config: manage,
    schema: { tags, params: itemParams, body: annualProgrammeItemUpdateSchema, response: one },
    handler: (req) => service.updateItem(actorOf(req), req.params.id, req.params.itemId, req.body),
  });
  r.delete(`${base}/:id/items/:itemId`, {
    config: manage,
    schema: { tags, params: itemParams, response: one },
    handler: (req) => service.deleteItem(actorOf(req), req.params.id, req.params.itemId),
  });
  r.post(`${base}/:id/send-for-opinion`, {
    config: manage,
    schema: { tags, params: idParams, body: sendForOpinionSchema, response: one },
    handler: (req) => service.sendForOpinion(actorOf(req), req.params.id, req.body.on),
  });
  r.post(`${base}/:id/record-opinion`, {
    config: manage,
    schema: {
      tags,
      description: 'The organisation records the opinion the council gave it.',
      params: idParams,
      body: recordOpinionSchema,
      response: one,
    },
    handler: (req) => service.recordOpinion(actorOf(req), req.params.id, req.body),
  });
  r.post(`${base}/:id/adopt`, {
    config: manage,
    schema: { tags, params: idParams, body: adoptSchema, response: one },
    handler: (req) => service.adopt(actorOf(req), req.params.id, req.body),
  });
  r.post(`${base}/:id/reopen`, {
    config: manage,
    schema: {
      tags,
      description: 'Back to draft for amendment, until the year ends.',
      params: idParams,
      response: one,
    },
    handler: (req) => service.reopen(actorOf(req), req.params.id),
  });
  r.get(`${base}/:id/execution`, {
    config: read,
    schema: { tags, params: idParams, response: { 200: executionSchema } },
    handler: (req) => service.execution(actorOf(req), req.params.id),
  });
  r.get(`${base}/:id/register-export`, {
    config: read,
    schema: {
      tags,
      description: 'The programme in the form of the national academy’s central register of programmes.',
      params: idParams,
      querystring: formatQuery,
      produces,
    },
    handler: async (req, reply) => {
      const { format } = req.query;
      const bytes = await service.registerExport(actorOf(req), req.params.id, format);
      return sendAttachment(reply, 'programme-register', format, bytes);
    },
  });
  r.get(`${base}/:id/execution-report`, {
    config: read,
    schema: { tags, params: idParams, querystring: formatQuery, produces },
    handler: async (req, reply) => {
      const { format } = req.query;
      const bytes = await service.executionReport(actorOf(req), req.params.id, format);
      return sendAttachment(reply, 'programme-execution', format, bytes);
    },
  });
}
