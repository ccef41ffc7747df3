import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  documentUpdateSchema,
  documentVersionListSchema,
  libraryDocumentPageSchema,
  libraryDocumentSchema,
  libraryQuery,
} from '../../../contracts/library-documents';
import { sendStoredFile } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { DocumentPublishingService } from './document-publishing.service';
import type { DocumentsService } from './documents.service';
import { readLibraryUpload } from './library-upload';

/** `?version=N`: an older version of the file; the current one without it. */
export const versionQuery = z.object({ version: z.coerce.number().int().min(1).optional() }).strict();

const uploadNote =
  'PDF, DOCX, XLSX, ODT, ODS or a plain-text `.txt` file (checked by content), at most 20 MB.';

export function documentsRoutes(
  app: FastifyInstance,
  services: { documents: DocumentsService; publishing: DocumentPublishingService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['library'];
  const session = { access: 'session' } as const;
  const manage = { access: 'library.manage' } as const;
  const { documents, publishing } = services;

  r.get('/api/v1/documents', {
    config: session,
    schema: {
      tags,
      description:
        'Public, network, own and addressed documents, newest first; `q` finds either script in the text too.',
      querystring: libraryQuery,
      response: { 200: libraryDocumentPageSchema },
    },
    handler: (req) => documents.list(actorOf(req), req.query),
  });
  r.post('/api/v1/documents', {
    config: manage,
    schema: {
      tags,
      description: `Multipart: \`metadata\` (JSON, documentCreateSchema) and \`file\`: ${uploadNote}`,
      consumes: ['multipart/form-data'],
      response: { 201: libraryDocumentSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await publishing.create(actorOf(req), await readLibraryUpload(req))),
  });
  r.get('/api/v1/documents/:id', {
    config: session,
    schema: { tags, params: idParams, response: { 200: libraryDocumentSchema } },
    handler: (req) => documents.get(actorOf(req), req.params.id),
  });
  r.patch('/api/v1/documents/:id', {
    config: manage,
    schema: { tags, params: idParams, body: documentUpdateSchema, response: { 200: libraryDocumentSchema } },
    handler: (req) => publishing.update(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/documents/:id', {
    config: manage,
    schema: { tags, params: idParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await publishing.remove(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  r.get('/api/v1/documents/:id/versions', {
    config: session,
    schema: { tags, params: idParams, response: { 200: documentVersionListSchema } },
    handler: (req) => documents.versions(actorOf(req), req.params.id),
  });
  r.post('/api/v1/documents/:id/versions', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      description: `Multipart: \`file\` (${uploadNote}) and an optional \`note\`. The new version becomes the current one.`,
      consumes: ['multipart/form-data'],
      response: { 201: libraryDocumentSchema },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await publishing.addVersion(actorOf(req), req.params.id, await readLibraryUpload(req))),
  });
  r.get('/api/v1/documents/:id/file', {
    config: session,
    schema: { tags, params: idParams, querystring: versionQuery },
    handler: async (req, reply) =>
      sendStoredFile(reply, await documents.download(actorOf(req), req.params.id, req.query.version)),
  });
}
