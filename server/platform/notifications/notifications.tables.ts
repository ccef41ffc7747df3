import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NotificationChannels } from '../../../contracts/notifications';
import { users } from '../../modules/identity/identity.tables';

/** An in-app notification: what an e-mail of the same event says, kept for the bell in the header. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The mail template of the event, e.g. `question_answered`; its topic decides the user's settings. */
    template: text('template').notNull(),
    /** The subject as written for the user's language. */
    title: text('title').notNull(),
    /** The page it links to, e.g. `/advice/<id>`. */
    path: text('path').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** A user's choice per topic: by e-mail, in the app, both or neither; topics not listed use the default. */
export const notificationSettings = pgTable('notification_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  topics: jsonb('topics').$type<Record<string, NotificationChannels>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
