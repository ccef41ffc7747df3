import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, listQuery } from '../../../contracts/common';
import { publicPostPageSchema, publicPostSchema } from '../../../contracts/news';
import type { Translator } from '../../platform/i18n/i18n';
import type { PublicPostsService } from './public-posts.service';

const country = z.string().regex(/^[A-Z]{2}$/);
/** A country's readers also read what is addressed to every country. */
const newsQuery = listQuery.extend({ country: country.optional() }).strict();
const eventsQuery = newsQuery.extend({ from: z.iso.date().optional() }).strict();
const feedQuery = z.object({ country }).strict();

const sendCalendar = (reply: FastifyReply, name: string, body: string) =>
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${name}.ics"`)
    .send(body);

/** News and events as anyone reads them, without signing in, and the events for calendar apps. */
export function publicPostsRoutes(app: FastifyInstance, service: PublicPostsService, translator: Translator) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' } as const;

  r.get('/api/v1/public/news', {
    config: open,
    schema: {
      tags,
      description: 'Published news for everyone, newest first.',
      querystring: newsQuery,
      response: { 200: publicPostPageSchema },
    },
    handler: (req) => service.list('news', req.query),
  });
  r.get('/api/v1/public/news/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: publicPostSchema } },
    handler: (req) => service.get('news', req.params.id),
  });
  r.get('/api/v1/public/events', {
    config: open,
    schema: {
      tags,
      description: 'Published events from `from` (today by default), soonest first.',
      querystring: eventsQuery,
      response: { 200: publicPostPageSchema },
    },
    handler: (req) => service.list('event', req.query),
  });
  r.get('/api/v1/public/events.ics', {
    config: open,
    schema: {
      tags,
      description: 'Upcoming events of a country for calendar apps.',
      querystring: feedQuery,
      produces: ['text/calendar'],
    },
    handler: async (req, reply) =>
      sendCalendar(
        reply,
        'kadar-events',
        await service.feed(
          req.query.country,
          translator.t(req.locale, 'mail:events_calendar', { country: req.query.country }),
        ),
      ),
  });
  r.get('/api/v1/public/events/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: publicPostSchema } },
    handler: (req) => service.get('event', req.params.id),
  });
  r.get('/api/v1/public/events/:id/ics', {
    config: open,
    schema: { tags, params: idParams, produces: ['text/calendar'] },
    handler: async (req, reply) => sendCalendar(reply, 'kadar-event', await service.event(req.params.id)),
  });
}
