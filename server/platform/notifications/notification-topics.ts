import {
  type NotificationChannels,
  type NotificationTopic,
  notificationTopics,
} from '../../../contracts/notifications';

/**
 * Which topic a mail template belongs to, by the start of its name. New templates of a known
 * family need no entry; a template of an unknown family falls to `defaultTopic`, never an error.
 */
const topicPrefixes: ReadonlyArray<readonly [string, NotificationTopic]> = [
  ['question_', 'advice'],
  ['training_', 'learning'],
  ['needs_survey', 'learning'],
  ['appraisal_', 'appraisals'],
  ['practice_', 'practices'],
  ['correction_', 'people'],
  ['employee_', 'people'],
  ['document_', 'people'],
];
const defaultTopic: NotificationTopic = 'network';

export const topicOf = (template: string): NotificationTopic =>
  topicPrefixes.find(([prefix]) => template.startsWith(prefix))?.[1] ?? defaultTopic;

export const defaultChannels: NotificationChannels = { email: true, inApp: true };

/** Every topic's channels: what the user chose, defaults for the rest (and for topics added later). */
export function channelsByTopic(
  stored: Record<string, NotificationChannels> | undefined,
): Record<NotificationTopic, NotificationChannels> {
  return Object.fromEntries(
    notificationTopics.map((topic) => [topic, { ...defaultChannels, ...stored?.[topic] }]),
  ) as Record<NotificationTopic, NotificationChannels>;
}
