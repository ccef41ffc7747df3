import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  attendanceListSchema,
  attendanceUpdateSchema,
  checkInCodeSchema,
  checkInResultSchema,
  checkInSchema,
  dayParams,
  publicSessionListQuery,
  sessionCancelSchema,
  sessionCreateSchema,
  sessionListQuery,
  sessionPageSchema,
  sessionSchema,
  sessionUpdateSchema,
} from '../../../contracts/learning-sessions';
import { actorOf } from '../../platform/http/auth-hooks';
import type { AttendanceService } from './attendance.service';
import type { SessionsService } from './sessions.service';

export function sessionsRoutes(
  app: FastifyInstance,
  sessions: SessionsService,
  attendance: AttendanceService,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['training sessions'];
  const read = { access: 'learning.read' } as const;
  const manage = { access: 'learning.manage' } as const;
  const register = { access: 'learning.attendance' } as const;

  r.get('/api/v1/sessions', {
    config: read,
    schema: { tags, querystring: sessionListQuery, response: { 200: sessionPageSchema } },
    handler: (req) => sessions.list(actorOf(req), req.query),
  });
  r.get('/api/v1/public/sessions', {
    config: { access: 'public' },
    schema: {
      tags,
      description: 'Upcoming announced sessions open to every municipality (no sign-in).',
      querystring: publicSessionListQuery,
      response: { 200: sessionPageSchema },
    },
    handler: (req) => sessions.listPublic(req.query),
  });
  r.get('/api/v1/sessions/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: sessionSchema } },
    handler: (req) => sessions.get(actorOf(req), req.params.id),
  });
  r.post('/api/v1/sessions', {
    config: manage,
    schema: { tags, body: sessionCreateSchema, response: { 201: sessionSchema } },
    handler: async (req, reply) => reply.status(201).send(await sessions.create(actorOf(req), req.body)),
  });
  r.patch('/api/v1/sessions/:id', {
    config: manage,
    schema: { tags, params: idParams, body: sessionUpdateSchema, response: { 200: sessionSchema } },
    handler: (req) => sessions.update(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/sessions/:id/cancel', {
    config: manage,
    schema: { tags, params: idParams, body: sessionCancelSchema, response: { 200: sessionSchema } },
    handler: (req) => sessions.cancel(actorOf(req), req.params.id, req.body.reason),
  });
  r.post('/api/v1/sessions/:id/complete', {
    config: manage,
    schema: {
      tags,
      description:
        'After the last day: judges attendance against the completion rule and issues certificates.',
      params: idParams,
      response: { 200: sessionSchema },
    },
    handler: (req) => sessions.complete(actorOf(req), req.params.id),
  });
  r.get('/api/v1/sessions/:id/attendance', {
    config: read,
    schema: { tags, params: idParams, response: { 200: attendanceListSchema } },
    handler: (req) => attendance.list(actorOf(req), req.params.id),
  });
  r.put('/api/v1/sessions/:id/attendance', {
    config: register,
    schema: { tags, params: idParams, body: attendanceUpdateSchema, response: { 200: attendanceListSchema } },
    handler: (req) => attendance.record(actorOf(req), req.params.id, req.body),
  });
  r.get('/api/v1/sessions/:id/days/:dayId/check-in', {
    config: register,
    schema: { tags, params: dayParams, response: { 200: checkInCodeSchema } },
    handler: (req) => attendance.checkInCode(actorOf(req), req.params.id, req.params.dayId),
  });
  r.post('/api/v1/check-in', {
    config: read,
    schema: { tags, body: checkInSchema, response: { 200: checkInResultSchema } },
    handler: (req) => attendance.checkIn(actorOf(req), req.body.token),
  });
}
