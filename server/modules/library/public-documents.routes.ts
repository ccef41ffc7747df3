import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  libraryDocumentPageSchema,
  libraryDocumentSchema,
  libraryQuery,
} from '../../../contracts/library-documents';
import { sendStoredFile } from '../../platform/http/attachment';
import { versionQuery } from './documents.routes';
import type { DocumentsService } from './documents.service';

/** The public documents of the library as anyone reads them, without signing in. */
export function publicDocumentsRoutes(app: FastifyInstance, documents: DocumentsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' } as const;

  r.get('/api/v1/public/documents', {
    config: open,
    schema: {
      tags,
      description: 'Public documents, newest first; `q` finds either script, in the text of the file too.',
      querystring: libraryQuery,
      response: { 200: libraryDocumentPageSchema },
    },
    handler: (req) => documents.publicList(req.query),
  });
  r.get('/api/v1/public/documents/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: libraryDocumentSchema } },
    handler: (req) => documents.publicGet(req.params.id),
  });
  r.get('/api/v1/public/documents/:id/file', {
    config: open,
    schema: { tags, params: idParams, querystring: versionQuery },
    handler: async (req, reply) =>
      sendStoredFile(reply, await documents.publicDownload(req.params.id, req.query.version)),
  });
}
