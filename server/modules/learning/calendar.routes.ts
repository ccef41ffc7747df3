import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import { actorOf } from '../../platform/http/auth-hooks';
import type { CalendarService } from './calendar.service';

/** Not in the contracts: the personal feed's secret address. */
const feedSchema = z.object({
  url: z.string().describe('Subscribe to it in a calendar app; keep it private'),
});
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43,86}$/) }).strict();
const calendarType = 'text/calendar; charset=utf-8';

const sendCalendar = (reply: FastifyReply, name: string, body: string) =>
  reply
    .header('content-type', calendarType)
    .header('content-disposition', `inline; filename="${name}.ics"`)
    .send(body);

export function calendarRoutes(app: FastifyInstance, calendar: CalendarService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendars'];
  const read = { access: 'learning.read' } as const;

  r.get('/api/v1/sessions/:id/calendar.ics', {
    config: read,
    schema: { tags, params: idParams, produces: ['text/calendar'] },
    handler: async (req, reply) =>
      sendCalendar(reply, 'kadar-session', await calendar.sessionCalendar(actorOf(req), req.params.id)),
  });
  r.get('/api/v1/me/calendar-feed', {
    config: read,
    schema: { tags, response: { 200: feedSchema } },
    handler: (req) => calendar.feed(actorOf(req)),
  });
  r.post('/api/v1/me/calendar-feed/reset', {
    config: read,
    schema: { tags, response: { 200: feedSchema } },
    handler: (req) => calendar.resetFeed(actorOf(req)),
  });
  r.get('/api/v1/public/calendars/:token.ics', {
    config: { access: 'public' },
    schema: {
      tags,
      description: "A person's training sessions for calendar apps; the token is the secret.",
      params: tokenParams,
      produces: ['text/calendar'],
    },
    handler: async (req, reply) =>
      sendCalendar(reply, 'kadar-trainings', await calendar.personalCalendar(req.params.token)),
  });
}
