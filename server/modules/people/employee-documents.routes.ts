import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import { employeeDocumentListSchema, employeeDocumentSchema } from '../../../contracts/employee-documents';
import { actorOf } from '../../platform/http/auth-hooks';
import { readUpload } from '../../platform/http/upload';
import type { EmployeeDocumentsService } from './employee-documents.service';

/** RFC 6266: an ASCII fallback and the UTF-8 name, so Cyrillic file names survive the download. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function employeeDocumentsRoutes(app: FastifyInstance, service: EmployeeDocumentsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  r.get('/api/v1/employees/:id/documents', {
    config: { access: 'employees.read' },
    schema: { tags, params: idParams, response: { 200: employeeDocumentListSchema } },
    handler: (req) => service.list(actorOf(req), req.params.id),
  });
  r.post('/api/v1/employees/:id/documents', {
    config: { access: 'employees.manage' },
    schema: {
      tags,
      params: idParams,
      description: 'Multipart: fields `kind` and `title`, then the file (`file`): PDF, JPEG, PNG or WebP.',
      consumes: ['multipart/form-data'],
      response: { 201: employeeDocumentSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.upload(actorOf(req), req.params.id, await readUpload(req))),
  });
  r.get('/api/v1/employee-documents/:id/content', {
    config: { access: 'employees.read' },
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      const file = await service.download(actorOf(req), req.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', disposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  });
  r.delete('/api/v1/employee-documents/:id', {
    config: { access: 'employees.manage' },
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.delete(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
}
