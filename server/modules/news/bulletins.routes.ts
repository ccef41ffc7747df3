import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  bulletinListSchema,
  bulletinPreviewSchema,
  bulletinSchema,
  bulletinSendSchema,
  mySubscriptionSchema,
  mySubscriptionUpdateSchema,
  subscribeSchema,
  subscriptionTokenSchema,
} from '../../../contracts/news';
import type { Config } from '../../config';
import { actorOf } from '../../platform/http/auth-hooks';
import type { BulletinsService } from './bulletins.service';
import type { SubscriptionsService } from './subscriptions.service';

const bodyQuery = z.object({ bodyId: idSchema }).strict();
/** The same answer whatever the address's state: nobody learns who subscribes. */
const okSchema = z.object({ ok: z.literal(true) });

export function bulletinsRoutes(
  app: FastifyInstance,
  services: { bulletins: BulletinsService; subscriptions: SubscriptionsService },
  config: Config,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { bulletins, subscriptions } = services;
  const publisher = { access: 'news.publish' } as const;
  const open = { access: 'public' } as const;
  const tags = ['news'];

  r.get('/api/v1/bulletins/preview', {
    config: publisher,
    schema: {
      tags,
      description: 'What the next bulletin of an association would carry: what is new since the last one.',
      querystring: bodyQuery,
      response: { 200: bulletinPreviewSchema },
    },
    handler: (req) => bulletins.preview(actorOf(req), req.query.bodyId),
  });
  r.post('/api/v1/bulletins', {
    config: publisher,
    schema: {
      tags,
      description: "Sends the bulletin to the country's confirmed subscribers, each in their language.",
      body: bulletinSendSchema,
      response: { 201: bulletinSchema },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await bulletins.send(actorOf(req), req.body.bodyId)),
  });
  r.get('/api/v1/bulletins', {
    config: publisher,
    schema: { tags, querystring: bodyQuery, response: { 200: bulletinListSchema } },
    handler: (req) => bulletins.list(actorOf(req), req.query.bodyId),
  });

  r.post('/api/v1/public/bulletin/subscriptions', {
    // Per address, whatever cookie is sent; the solved challenge is checked first.
    config: {
      ...open,
      rateLimit: { max: config.loginRateLimitMax, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
    },
    schema: {
      tags: ['public'],
      description:
        'Subscribes an address to a country’s bulletin; a confirmation link is mailed to a new one.',
      body: subscribeSchema,
      response: { 202: okSchema },
    },
    handler: async (req, reply) => reply.status(202).send(await subscriptions.subscribe(req.body)),
  });
  r.post('/api/v1/public/bulletin/confirm', {
    config: open,
    schema: { tags: ['public'], body: subscriptionTokenSchema, response: { 200: okSchema } },
    handler: (req) => subscriptions.confirm(req.body.token),
  });
  r.post('/api/v1/public/bulletin/unsubscribe', {
    config: open,
    schema: { tags: ['public'], body: subscriptionTokenSchema, response: { 200: okSchema } },
    handler: (req) => subscriptions.unsubscribe(req.body.token),
  });

  const session = { access: 'session' } as const;
  r.get('/api/v1/me/bulletin', {
    config: session,
    schema: {
      tags,
      description: "Your own subscription to your country's bulletin.",
      response: { 200: mySubscriptionSchema },
    },
    handler: (req) => subscriptions.mine(actorOf(req)),
  });
  r.put('/api/v1/me/bulletin', {
    config: session,
    schema: { tags, body: mySubscriptionUpdateSchema, response: { 200: mySubscriptionSchema } },
    handler: (req) => subscriptions.setMine(actorOf(req), req.body.subscribed),
  });
}
