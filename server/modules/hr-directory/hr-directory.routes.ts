import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  directoryCardSchema,
  directoryCardUpdateSchema,
  directoryOrganisationsQuery,
  directoryOrganisationsSchema,
  directoryPageSchema,
  directoryQuery,
} from '../../../contracts/hr-directory';
import { actorOf } from '../../platform/http/auth-hooks';
import type { DirectoryService } from './hr-directory.service';

export function directoryRoutes(app: FastifyInstance, service: DirectoryService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['hr-directory'];
  const directory = { access: 'network.directory' } as const;

  r.get('/api/v1/directory', {
    config: directory,
    schema: {
      tags,
      description: 'Listed cards of HR practitioners in every country, by country, organisation and name.',
      querystring: directoryQuery,
      response: { 200: directoryPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/directory/organisations', {
    config: directory,
    schema: {
      tags,
      description: 'The organisations with listed cards (the municipality filter), with how many.',
      querystring: directoryOrganisationsQuery,
      response: { 200: directoryOrganisationsSchema },
    },
    handler: (req) => service.organisations(actorOf(req), req.query.country),
  });
  r.get('/api/v1/me/directory-card', {
    config: directory,
    schema: {
      tags,
      description: "The user's own card (404 before they write one).",
      response: { 200: directoryCardSchema },
    },
    handler: (req) => service.mine(actorOf(req)),
  });
  r.put('/api/v1/me/directory-card', {
    config: directory,
    schema: {
      tags,
      description: 'Writes the own card; `listed: false` keeps it but takes it off the directory.',
      body: directoryCardUpdateSchema,
      response: { 200: directoryCardSchema },
    },
    handler: (req) => service.save(actorOf(req), req.body),
  });
  r.delete('/api/v1/me/directory-card', {
    config: directory,
    schema: { tags, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.remove(actorOf(req));
      return reply.status(204).send(null);
    },
  });
}
