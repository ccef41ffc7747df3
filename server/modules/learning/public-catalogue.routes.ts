import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  materialParams,
  programmeListQuery,
  programmePageSchema,
  programmeSchema,
  topicAreaSchema,
} from '../../../contracts/learning-catalogue';
import { publicTrainerPageSchema, trainerListQuery } from '../../../contracts/learning-trainers';
import { sendStoredFile } from '../../platform/http/attachment';
import type { ProgrammeMaterialsService } from './programme-materials.service';
import type { ProgrammesService } from './programmes.service';
import type { TrainersService } from './trainers.service';

const countryQuery = z.object({ country: z.string().regex(/^[A-Z]{2}$/) }).strict();
const topicAreaListSchema = z.object({ items: z.array(topicAreaSchema) });

/** The catalogue and the trainers' register as anyone may read them, without signing in. */
export function publicCatalogueRoutes(
  app: FastifyInstance,
  services: {
    programmes: ProgrammesService;
    materials: ProgrammeMaterialsService;
    trainers: TrainersService;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' } as const;
  const { programmes, materials, trainers } = services;

  r.get('/api/v1/public/programmes', {
    config: open,
    schema: {
      tags,
      description: 'Published catalogue entries, by code.',
      querystring: programmeListQuery.omit({ status: true }),
      response: { 200: programmePageSchema },
    },
    handler: (req) => programmes.publicList(req.query),
  });
  r.get('/api/v1/public/programmes/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: programmeSchema } },
    handler: (req) => programmes.publicGet(req.params.id),
  });
  r.get('/api/v1/public/programmes/:id/materials/:materialId', {
    config: open,
    schema: { tags, params: materialParams },
    handler: async (req, reply) =>
      sendStoredFile(reply, await materials.publicDownload(req.params.id, req.params.materialId)),
  });
  r.get('/api/v1/public/topic-areas', {
    config: open,
    schema: {
      tags,
      description: "The thematic areas of a country's catalogue.",
      querystring: countryQuery,
      response: { 200: topicAreaListSchema },
    },
    handler: (req) => programmes.topicAreas(req.query.country),
  });
  r.get('/api/v1/public/trainers', {
    config: open,
    schema: {
      tags,
      description: 'The public register: active and expired trainers, without contact details.',
      querystring: trainerListQuery,
      response: { 200: publicTrainerPageSchema },
    },
    handler: (req) => trainers.publicList(req.query, req.locale),
  });
}
