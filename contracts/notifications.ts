import { z } from 'zod';
import { idSchema, page, timestamp } from './common';

/** Topics a user chooses channels for; each mail template belongs to one. */
export const notificationTopics = [
  'advice',
  'learning',
  'appraisals',
  'practices',
  'people',
  'network',
] as const;
export const notificationTopicSchema = z.enum(notificationTopics);
export type NotificationTopic = z.infer<typeof notificationTopicSchema>;

export const notificationChannelsSchema = z.object({ email: z.boolean(), inApp: z.boolean() }).strict();
export type NotificationChannels = z.infer<typeof notificationChannelsSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  template: z.string(),
  title: z.string(),
  path: z.string(),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationPageSchema = page(notificationSchema).extend({ unread: z.number().int() });
export const notificationListQuery = z
  .object({
    unread: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export const notificationReadSchema = z
  .object({ ids: z.array(idSchema).max(200).optional().describe('Omitted: mark all as read') })
  .strict();

/** Every topic with its channels (defaults filled in). */
export const notificationSettingsSchema = z.object({
  topics: z.record(notificationTopicSchema, notificationChannelsSchema),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export const notificationSettingsUpdateSchema = z
  .object({ topics: z.partialRecord(notificationTopicSchema, notificationChannelsSchema) })
  .strict();
