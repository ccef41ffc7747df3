import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  headcountQuery,
  headcountReportSchema,
  movementsQuery,
  movementsReportSchema,
} from '../../../contracts/reports';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { ReportsService } from './reports.service';

export function reportsRoutes(app: FastifyInstance, service: ReportsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  const config = { access: 'reports.read' } as const;

  r.get('/api/v1/reports/headcount', {
    config,
    schema: { tags, querystring: headcountQuery, response: { 200: headcountReportSchema } },
    handler: (req) => service.headcount(actorOf(req), req.query),
  });
  r.get('/api/v1/reports/headcount.xlsx', {
    config,
    schema: { tags, querystring: headcountQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(reply, 'headcount', 'xlsx', await service.headcountXlsx(actorOf(req), req.query)),
  });
  r.get('/api/v1/reports/movements', {
    config,
    schema: { tags, querystring: movementsQuery, response: { 200: movementsReportSchema } },
    handler: (req) => service.movements(actorOf(req), req.query),
  });
  r.get('/api/v1/reports/movements.xlsx', {
    config,
    schema: { tags, querystring: movementsQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(reply, 'movements', 'xlsx', await service.movementsXlsx(actorOf(req), req.query)),
  });
}
