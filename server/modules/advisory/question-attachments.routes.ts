import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { questionAttachmentSchema } from '../../../contracts/advisory-questions';
import { idSchema } from '../../../contracts/common';
import { sendStoredFile } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import { readUpload } from '../../platform/http/upload';
import type { QuestionAttachmentsService } from './question-attachments.service';

export function questionAttachmentsRoutes(app: FastifyInstance, service: QuestionAttachmentsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['advisory'];
  const session = { access: 'session' } as const;

  r.post('/api/v1/questions/:id/attachments', {
    config: session,
    schema: {
      tags,
      params: z.object({ id: idSchema }).strict(),
      description: 'Multipart, one file (`file`): PDF, DOCX, XLSX, ODT or an image, at most 10 MB.',
      consumes: ['multipart/form-data'],
      response: { 201: questionAttachmentSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.upload(actorOf(req), req.params.id, await readUpload(req))),
  });
  r.get('/api/v1/questions/:id/attachments/:attachmentId', {
    config: session,
    schema: { tags, params: z.object({ id: idSchema, attachmentId: idSchema }).strict() },
    handler: async (req, reply) =>
      sendStoredFile(reply, await service.download(actorOf(req), req.params.id, req.params.attachmentId)),
  });
}
