import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  countryListSchema,
  organisationCreateSchema,
  organisationListQuery,
  organisationPageSchema,
  organisationSchema,
  organisationUpdateSchema,
  orgUnitCreateSchema,
  orgUnitListQuery,
  orgUnitListSchema,
  orgUnitSchema,
  orgUnitUpdateSchema,
} from '../../../contracts/organisations';
import { actorOf } from '../../platform/http/auth-hooks';
import type { OrganisationsService } from './organisations.service';

export function organisationsRoutes(app: FastifyInstance, service: OrganisationsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];

  r.get('/api/v1/countries', {
    config: { access: 'countries.read' },
    schema: { tags, response: { 200: countryListSchema } },
    handler: (req) => service.listCountries(actorOf(req)),
  });
  r.get('/api/v1/organisations', {
    config: { access: 'organisations.read' },
    schema: { tags, querystring: organisationListQuery, response: { 200: organisationPageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/organisations/:id', {
    config: { access: 'organisations.read' },
    schema: { tags, params: idParams, response: { 200: organisationSchema } },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/organisations', {
    config: { access: 'organisations.manage' },
    schema: { tags, body: organisationCreateSchema, response: { 201: organisationSchema } },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/organisations/:id', {
    config: { access: 'organisations.manage' },
    schema: { tags, params: idParams, body: organisationUpdateSchema, response: { 200: organisationSchema } },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/org-units', {
    config: { access: 'org-units.read' },
    schema: { tags, querystring: orgUnitListQuery, response: { 200: orgUnitListSchema } },
    handler: (req) => service.listUnits(actorOf(req), req.query.organisationId),
  });
  r.post('/api/v1/org-units', {
    config: { access: 'org-units.manage' },
    schema: { tags, body: orgUnitCreateSchema, response: { 201: orgUnitSchema } },
    handler: async (req, reply) => reply.status(201).send(await service.createUnit(actorOf(req), req.body)),
  });
  r.patch('/api/v1/org-units/:id', {
    config: { access: 'org-units.manage' },
    schema: { tags, params: idParams, body: orgUnitUpdateSchema, response: { 200: orgUnitSchema } },
    handler: (req) => service.updateUnit(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/org-units/:id', {
    config: { access: 'org-units.manage' },
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.deleteUnit(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
