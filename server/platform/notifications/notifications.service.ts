import type { z } from 'zod';
import type {
  Notification,
  NotificationSettings,
  notificationListQuery,
  notificationSettingsUpdateSchema,
} from '../../../contracts/notifications';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../access/actor';
import * as access from '../access/policy';
import { decodeCursor, pageOf } from '../http/cursor';
import { channelsByTopic } from './notification-topics';
import { type NotificationRow, notificationsRepo as repo } from './notifications.repo';

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  template: row.template,
  title: row.title,
  path: row.path,
  readAt: row.readAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/**
 * The signed-in user's own notifications and channels. Every signed-in user has them (the routes
 * ask for a session); whose rows is always the actor's own id, never a parameter.
 */
export function createNotificationsService({ tenancy }: { tenancy: Tenancy }) {
  return {
    list: (actor: Actor, query: z.infer<typeof notificationListQuery>) => {
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const unread = query.unread === undefined ? undefined : query.unread === 'true';
      return tenancy.read(access.scopeOf(actor), async (tx) => {
        const rows = await repo.list(tx, actor.userId, unread, query.limit, after);
        const found = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        return {
          items: found.items.map((r) => toNotification(r.row)),
          nextCursor: found.nextCursor,
          unread: await repo.unreadCount(tx, actor.userId),
        };
      });
    },

    /** Another user's ids are silently left alone: they match none of the actor's rows. */
    markRead: (actor: Actor, ids: string[] | undefined) =>
      tenancy.run(access.scopeOf(actor), async (tx) => {
        await repo.markRead(tx, actor.userId, ids);
        return { ok: true as const };
      }),

    settings: (actor: Actor): Promise<NotificationSettings> =>
      tenancy.read(access.scopeOf(actor), async (tx) => ({
        topics: channelsByTopic((await repo.settingsOf(tx, [actor.userId])).get(actor.userId)),
      })),

    /** Topics left out keep what they were. */
    updateSettings: (
      actor: Actor,
      input: z.infer<typeof notificationSettingsUpdateSchema>,
    ): Promise<NotificationSettings> =>
      tenancy.run(access.scopeOf(actor), async (tx) => {
        const stored = (await repo.settingsOf(tx, [actor.userId])).get(actor.userId);
        const topics = channelsByTopic({ ...stored, ...input.topics });
        await repo.saveSettings(tx, actor.userId, topics);
        return { topics };
      }),
  };
}
