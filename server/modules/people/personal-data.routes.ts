import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import { personalDataExportSchema } from '../../../contracts/privacy';
import { actorOf } from '../../platform/http/auth-hooks';
import type { PersonalDataService } from './personal-data.service';

export function personalDataRoutes(app: FastifyInstance, service: PersonalDataService) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/employees/:id/personal-data', {
    config: { access: 'employees.read' },
    schema: {
      tags: ['people'],
      description:
        'Everything held about the person (their own file, or the HR office answering their request).',
      params: idParams,
      response: { 200: personalDataExportSchema },
    },
    handler: (req) => service.export(actorOf(req), req.params.id),
  });
}
