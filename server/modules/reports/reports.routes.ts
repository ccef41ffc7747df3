import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  headcountQuery,
  headcountReportSchema,
  movementsQuery,
  movementsReportSchema,
} from '../../../contracts/reports';
import { actorOf } from '../../platform/http/auth-hooks';
import { xlsxType } from '../people/people.routes';
import type { ReportsService } from './reports.service';

const attachment = (name: string) => `attachment; filename="kadar-${name}.xlsx"`;

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
    schema: { tags, querystring: headcountQuery, produces: [xlsxType] },
    handler: async (req, reply) =>
      reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachment('headcount'))
        .send(await service.headcountXlsx(actorOf(req), req.query)),
  });
  r.get('/api/v1/reports/movements', {
    config,
    schema: { tags, querystring: movementsQuery, response: { 200: movementsReportSchema } },
    handler: (req) => service.movements(actorOf(req), req.query),
  });
  r.get('/api/v1/reports/movements.xlsx', {
    config,
    schema: { tags, querystring: movementsQuery, produces: [xlsxType] },
    handler: async (req, reply) =>
      reply
        .header('content-type', xlsxType)
        .header('content-disposition', attachment('movements'))
        .send(await service.movementsXlsx(actorOf(req), req.query)),
  });
}
