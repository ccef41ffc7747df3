import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  employeeCreateSchema,
  employeeExportQuery,
  employeeLeaveSchema,
  employeeListQuery,
  employeePageSchema,
  employeeSchema,
  employeeUpdateSchema,
  employmentCreateSchema,
  ownFilesSchema,
} from '../../../contracts/people';
import { generatedTypes, sendAttachment } from '../../platform/http/attachment';
import { actorOf } from '../../platform/http/auth-hooks';
import type { PeopleService } from './people.service';

export function peopleRoutes(app: FastifyInstance, service: PeopleService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  const manage = { access: 'employees.manage' } as const;

  r.get('/api/v1/me/personnel-files', {
    config: { access: 'session' },
    schema: {
      tags,
      description: "The signed-in person's own active personnel files.",
      response: { 200: ownFilesSchema },
    },
    handler: (req) => service.ownFiles(actorOf(req)),
  });
  r.get('/api/v1/employees', {
    config: { access: 'employees.read' },
    schema: { tags, querystring: employeeListQuery, response: { 200: employeePageSchema } },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.get('/api/v1/employees/export', {
    config: { access: 'employees.read' },
    schema: { tags, querystring: employeeExportQuery, produces: [generatedTypes.xlsx] },
    handler: async (req, reply) =>
      sendAttachment(reply, 'employees', 'xlsx', await service.export(actorOf(req), req.query)),
  });
  r.get('/api/v1/employees/:id', {
    config: { access: 'employees.read' },
    schema: { tags, params: idParams, response: { 200: employeeSchema } },
    handler: (req) => service.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/employees', {
    config: manage,
    schema: { tags, body: employeeCreateSchema, response: { 201: employeeSchema } },
    handler: async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/employees/:id', {
    config: manage,
    schema: { tags, params: idParams, body: employeeUpdateSchema, response: { 200: employeeSchema } },
    handler: (req) => service.update(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/employees/:id/employments', {
    config: manage,
    schema: { tags, params: idParams, body: employmentCreateSchema, response: { 200: employeeSchema } },
    handler: (req) => service.addEmployment(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/employees/:id/leave', {
    config: manage,
    schema: { tags, params: idParams, body: employeeLeaveSchema, response: { 200: employeeSchema } },
    handler: (req) => service.leave(actorOf(req), req.params.id, req.body),
  });
}
