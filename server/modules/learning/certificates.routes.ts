import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import {
  certificateCodeParams,
  certificateListQuery,
  certificatePageSchema,
  certificatePdfQuery,
  certificateSchema,
  certificateVerificationSchema,
} from '../../../contracts/learning-certificates';
import type { Config } from '../../config';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { CertificatesService } from './certificates.service';

/** Not in the contract: the one field a revocation needs. */
const revokeSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

export function certificatesRoutes(app: FastifyInstance, certificates: CertificatesService, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['certificates'];
  const read = { access: 'learning.read' } as const;

  r.get('/api/v1/certificates', {
    config: read,
    schema: { tags, querystring: certificateListQuery, response: { 200: certificatePageSchema } },
    handler: (req) => certificates.list(actorOf(req), req.query),
  });
  r.get('/api/v1/certificates/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: certificateSchema } },
    handler: (req) => certificates.get(actorOf(req), req.params.id),
  });
  r.get('/api/v1/certificates/:id/pdf', {
    config: read,
    schema: { tags, params: idParams, querystring: certificatePdfQuery, produces: [generatedTypes.pdf] },
    handler: async (req, reply) => {
      const { code, pdf } = await certificates.pdf(actorOf(req), req.params.id, req.query.locale);
      return sendAttachment(reply, `certificate-${code}`, 'pdf', pdf);
    },
  });
  r.post('/api/v1/certificates/:id/revoke', {
    config: { access: 'learning.manage' },
    schema: { tags, params: idParams, body: revokeSchema, response: { 200: certificateSchema } },
    handler: (req) => certificates.revoke(actorOf(req), req.params.id, req.body.reason),
  });
  r.get('/api/v1/public/certificates/:code', {
    // Per address, whatever cookie is sent: codes must not be cheap to guess in bulk.
    config: {
      access: 'public',
      rateLimit: { max: config.loginRateLimitMax, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
    },
    schema: {
      tags,
      description: 'Checks a printed certificate code; answers only what the certificate itself shows.',
      params: certificateCodeParams,
      response: { 200: certificateVerificationSchema },
    },
    handler: (req) => certificates.verify(req.params.code),
  });
}
