import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  completionQuery,
  completionSchema,
  distributionQuery,
  distributionSchema,
} from '../../../contracts/appraisal-reports';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { AppraisalReportsService } from './appraisal-reports.service';

export function appraisalReportsRoutes(app: FastifyInstance, service: AppraisalReportsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  const config = { access: 'reports.read' } as const;

  r.get('/api/v1/appraisal-reports/distribution', {
    config,
    schema: { tags, querystring: distributionQuery, response: { 200: distributionSchema } },
    handler: (req) => service.distribution(actorOf(req), req.query),
  });
  r.get('/api/v1/appraisal-reports/distribution.xlsx', {
    config,
    schema: { tags, querystring: distributionQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(
        reply,
        'appraisal-distribution',
        'xlsx',
        await service.distributionXlsx(actorOf(req), req.query),
      ),
  });
  r.get('/api/v1/appraisal-reports/completion', {
    config,
    schema: { tags, querystring: completionQuery, response: { 200: completionSchema } },
    handler: (req) => service.completion(actorOf(req), req.query),
  });
}
