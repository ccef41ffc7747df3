import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema } from '../../../contracts/common';
import {
  notificationListQuery,
  notificationPageSchema,
  notificationReadSchema,
  notificationSettingsSchema,
  notificationSettingsUpdateSchema,
} from '../../../contracts/notifications';
import { actorOf } from '../http/auth-hooks';
import type { NotificationsService } from './notifications.service';

export function notificationsRoutes(app: FastifyInstance, service: NotificationsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const session = { access: 'session' } as const;

  r.get('/api/v1/notifications', {
    config: session,
    schema: {
      tags,
      description: "The user's own notifications, newest first, with the number still unread.",
      querystring: notificationListQuery,
      response: { 200: notificationPageSchema },
    },
    handler: (req) => service.list(actorOf(req), req.query),
  });
  r.post('/api/v1/notifications/read', {
    config: session,
    schema: {
      tags,
      description: "Marks these (or, without ids, all) as read; other users' ids are left alone.",
      body: notificationReadSchema,
      response: { 200: okSchema },
    },
    handler: (req) => service.markRead(actorOf(req), req.body.ids),
  });
  r.get('/api/v1/me/notification-settings', {
    config: session,
    schema: { tags, response: { 200: notificationSettingsSchema } },
    handler: (req) => service.settings(actorOf(req)),
  });
  r.put('/api/v1/me/notification-settings', {
    config: session,
    schema: {
      tags,
      description: 'E-mail and in-app per topic; topics left out keep their channels.',
      body: notificationSettingsUpdateSchema,
      response: { 200: notificationSettingsSchema },
    },
    handler: (req) => service.updateSettings(actorOf(req), req.body),
  });
}
