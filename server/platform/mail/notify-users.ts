import { inArray } from 'drizzle-orm';
import { type Locale, localeSchema } from '../../../contracts/access';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { users } from '../../modules/identity/identity.tables';
import { channelsByTopic, topicOf } from '../notifications/notification-topics';
import { notificationsRepo } from '../notifications/notifications.repo';
import type { Mailer, MailTemplate } from './mailer';

export type UserMail = {
  template: MailTemplate;
  organisationId: string;
  /** The page the message links to, e.g. `/appraisals/<id>`. */
  path: string;
  /** Fixed, or written for each recipient's language (titles in their script, dates in their format). */
  params?: Record<string, string> | ((locale: Locale) => Record<string, string>);
};

/**
 * Tells these users, each in the language of their profile, with a link into Kadar: by e-mail and
 * in the app (the bell), as each chose for the template's topic. Returns how many were told.
 */
export async function notifyUsers(
  tx: Tx,
  deps: { mailer: Mailer; config: Config },
  userIds: Array<string | null>,
  mail: UserMail,
): Promise<number> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (!ids.length) return 0;
  const recipients = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, ids));
  const settings = await notificationsRepo.settingsOf(tx, ids);
  const topic = topicOf(mail.template);
  const inApp = [];
  for (const r of recipients) {
    const locale: Locale = localeSchema.catch('sr-Cyrl').parse(r.locale);
    const channels = channelsByTopic(settings.get(r.id))[topic];
    const params = {
      name: r.name,
      link: `${deps.config.publicUrl}${mail.path}?lang=${locale}`,
      ...(typeof mail.params === 'function' ? mail.params(locale) : mail.params),
    };
    if (channels.email) {
      await deps.mailer.enqueue(tx, {
        to: r.email,
        locale,
        template: mail.template,
        organisationId: mail.organisationId,
        params,
      });
    }
    if (channels.inApp) {
      const title = deps.mailer.subject({ locale, template: mail.template, params });
      inApp.push({ userId: r.id, template: mail.template, title, path: mail.path });
    }
  }
  await notificationsRepo.insert(tx, inApp);
  return recipients.length;
}
