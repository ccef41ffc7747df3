import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import { materialParams, programmeMaterialSchema } from '../../../contracts/learning-catalogue';
import { sendStoredFile } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import { readUpload } from '../../platform/http/upload';
import type { ProgrammeMaterialsService } from './programme-materials.service';

export function programmeMaterialsRoutes(app: FastifyInstance, service: ProgrammeMaterialsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning-catalogue'];
  const manage = { access: 'learning.manage' } as const;

  r.post('/api/v1/programmes/:id/materials', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      description:
        'Multipart: the field `title`, then the file (`file`): PDF, Word, PowerPoint, Excel, OpenDocument, JPEG, PNG or WebP.',
      consumes: ['multipart/form-data'],
      response: { 201: programmeMaterialSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.upload(actorOf(req), req.params.id, await readUpload(req))),
  });
  r.get('/api/v1/programmes/:id/materials/:materialId', {
    config: { access: 'learning.read' },
    schema: { tags, params: materialParams },
    handler: async (req, reply) =>
      sendStoredFile(reply, await service.download(actorOf(req), req.params.id, req.params.materialId)),
  });
  r.delete('/api/v1/programmes/:id/materials/:materialId', {
    config: manage,
    schema: { tags, params: materialParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await service.delete(actorOf(req), req.params.id, req.params.materialId);
      return reply.status(204).send(null);
    },
  });
}
