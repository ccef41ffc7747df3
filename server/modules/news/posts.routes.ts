import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common';
import {
  eventListQuery,
  type PostKind,
  postCreateSchema,
  postListQuery,
  postPageSchema,
  postSchema,
  postUpdateSchema,
} from '../../../contracts/news';
import { actorOf } from '../../platform/http/auth-hooks';
import type { PostsService } from './posts.service';

/** The same routes for news (`/news`) and events (`/events`); a body's `kind` must match its route. */
export function postsRoutes(app: FastifyInstance, service: PostsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['news'];
  const session = { access: 'session' } as const;
  const publisher = { access: 'news.publish' } as const;
  const one = { 200: postSchema };

  const register = (kind: PostKind, base: string) => {
    r.get(base, {
      config: session,
      schema: {
        tags,
        description:
          kind === 'event'
            ? 'Upcoming events addressed to you, soonest first from `from` (today by default); with `organisationId` the publisher’s own, drafts included for its editors.'
            : 'News addressed to you, newest first; with `organisationId` the publisher’s own, drafts included for its editors.',
        querystring: kind === 'event' ? eventListQuery : postListQuery,
        response: { 200: postPageSchema },
      },
      handler: (req) => service.list(actorOf(req), kind, req.query),
    });
    r.get(`${base}/:id`, {
      config: session,
      schema: { tags, params: idParams, response: one },
      handler: (req) => service.get(actorOf(req), kind, req.params.id),
    });
    r.post(base, {
      config: publisher,
      schema: {
        tags,
        description: 'A draft, until published.',
        body: postCreateSchema,
        response: { 201: postSchema },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await service.create(actorOf(req), kind, req.body)),
    });
    r.patch(`${base}/:id`, {
      config: publisher,
      schema: { tags, params: idParams, body: postUpdateSchema, response: one },
      handler: (req) => service.update(actorOf(req), kind, req.params.id, req.body),
    });
    r.post(`${base}/:id/publish`, {
      config: publisher,
      schema: { tags, params: idParams, response: one },
      handler: (req) => service.publish(actorOf(req), kind, req.params.id),
    });
    r.delete(`${base}/:id`, {
      config: publisher,
      schema: { tags, params: idParams },
      handler: async (req, reply) => {
        await service.remove(actorOf(req), kind, req.params.id);
        return reply.status(204).send();
      },
    });
  };
  register('news', '/api/v1/news');
  register('event', '/api/v1/events');
}
