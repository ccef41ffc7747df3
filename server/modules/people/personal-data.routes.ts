import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import { personalDataExportSchema } from '../../../contracts/privacy';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { PersonalDataService } from './personal-data.service';

export function personalDataRoutes(app: FastifyInstance, service: PersonalDataService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/employees/:id/personal-data', {
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
  r.get('/api/v1/employees/:id/personal-data/pdf', {
    config: { access: 'employees.read' },
    schema: {
      tags: ['people'],
      description: 'The same export as a PDF in the reader’s language (Accept-Language).',
      params: idParams,
      produces: [generatedTypes.pdf],
    },
    handler: async (req, reply) =>
      sendAttachment(reply, 'personal-data', 'pdf', await service.pdf(actorOf(req), req.params.id)),
  });
}
