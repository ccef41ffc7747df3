import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  importMappingBody,
  importPreviewSchema,
  importResultSchema,
  importTemplateQuery,
  importUploadSchema,
} from '../../../contracts/employee-import';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import { readUpload } from '../../platform/http/upload';
import type { EmployeeImportService } from './employee-import.service';

export function employeeImportRoutes(app: FastifyInstance, service: EmployeeImportService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  const manage = { access: 'employees.manage' } as const;

  r.post('/api/v1/employees/import', {
    config: manage,
    schema: {
      tags,
      description:
        'Upload an XLSX or CSV file (multipart field `file`); answers its headers and a suggested mapping.',
      querystring: importTemplateQuery,
      consumes: ['multipart/form-data'],
      response: { 201: importUploadSchema },
    },
    handler: async (req, reply) => {
      const { name, data } = await readUpload(req);
      const upload = await service.upload(actorOf(req), req.query.organisationId, { name, data });
      return reply.status(201).send(upload);
    },
  });
  r.post('/api/v1/employees/import/:id/preview', {
    config: manage,
    schema: { tags, params: idParams, body: importMappingBody, response: { 200: importPreviewSchema } },
    handler: (req) => service.preview(actorOf(req), req.params.id, req.body.mapping),
  });
  r.post('/api/v1/employees/import/:id/confirm', {
    config: manage,
    schema: { tags, params: idParams, body: importMappingBody, response: { 200: importResultSchema } },
    handler: (req) => service.confirm(actorOf(req), req.params.id, req.body.mapping),
  });
  r.get('/api/v1/employees/import/template', {
    config: manage,
    schema: { tags, querystring: importTemplateQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(
        reply,
        'employees',
        'xlsx',
        await service.template(actorOf(req), req.query.organisationId),
      ),
  });
}
