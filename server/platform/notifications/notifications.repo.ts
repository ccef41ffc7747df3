import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { NotificationChannels } from '../../../contracts/notifications';
import type { Tx } from '../../db/client';
import { notificationSettings, notifications } from './notifications.tables';

export type NotificationRow = typeof notifications.$inferSelect;

/** Microsecond-exact creation time, so a keyset never skips rows created in the same millisecond. */
const createdKey = sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Always filtered by the user: row-level security lets a platform administrator see every row,
 * but a bell shows one's own.
 */
export const notificationsRepo = {
  list: (
    tx: Tx,
    userId: string,
    unread: boolean | undefined,
    limit: number,
    after: [string, string] | null,
  ) => {
    const where: Array<SQL | undefined> = [
      eq(notifications.userId, userId),
      unread === undefined
        ? undefined
        : unread
          ? isNull(notifications.readAt)
          : sql`${notifications.readAt} is not null`,
      after
        ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ];
    return tx
      .select({ row: notifications, key: createdKey })
      .from(notifications)
      .where(and(...where))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1);
  },

  unreadCount: async (tx: Tx, userId: string): Promise<number> => {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  },

  /** Ids of other users' notifications match nothing here and are left alone. */
  markRead: (tx: Tx, userId: string, ids: string[] | undefined) =>
    tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
          ids ? inArray(notifications.id, ids) : undefined,
        ),
      ),

  insert: async (tx: Tx, rows: Array<typeof notifications.$inferInsert>) => {
    // No RETURNING: the notifier may not read the rows it writes for others.
    if (rows.length) await tx.insert(notifications).values(rows);
  },

  settingsOf: async (
    tx: Tx,
    userIds: string[],
  ): Promise<Map<string, Record<string, NotificationChannels>>> => {
    if (!userIds.length) return new Map();
    const rows = await tx
      .select({ userId: notificationSettings.userId, topics: notificationSettings.topics })
      .from(notificationSettings)
      .where(inArray(notificationSettings.userId, userIds));
    return new Map(rows.map((r) => [r.userId, r.topics]));
  },

  saveSettings: (tx: Tx, userId: string, topics: Record<string, NotificationChannels>) =>
    tx
      .insert(notificationSettings)
      .values({ userId, topics })
      .onConflictDoUpdate({ target: notificationSettings.userId, set: { topics, updatedAt: new Date() } }),
};
