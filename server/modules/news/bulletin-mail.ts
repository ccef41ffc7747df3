import { type Locale, localeSchema } from '../../../contracts/access';
import { type BulletinItem, bulletinItemKinds } from '../../../contracts/news';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer } from '../../platform/mail/mailer';
import { unsubscribeToken } from './subscription-tokens';
import type { SubscriptionRow } from './subscriptions.repo';

export type BulletinMailDeps = { mailer: Mailer; config: Config; translator: Translator };

/** The items grouped by kind under translated headings, each with its link. */
function listIn(deps: BulletinMailDeps, items: BulletinItem[], locale: Locale): string {
  const { config, translator } = deps;
  return bulletinItemKinds
    .map((kind) => {
      const ofKind = items.filter((i) => i.kind === kind);
      if (!ofKind.length) return '';
      const lines = ofKind.map((i) => `- ${i.title}\n  ${config.publicUrl}${i.path}?lang=${locale}`);
      return [translator.t(locale, `mail:bulletin_kinds.${kind}`), ...lines].join('\n');
    })
    .filter(Boolean)
    .join('\n\n');
}

/** One mail per subscriber, in their language, with their own unsubscribe link. */
export async function mailBulletin(
  tx: Tx,
  deps: BulletinMailDeps,
  bulletin: { bodyId: string; items: BulletinItem[] },
  subscribers: SubscriptionRow[],
): Promise<number> {
  for (const s of subscribers) {
    const locale = localeSchema.catch('sr-Cyrl').parse(s.locale);
    const token = unsubscribeToken(deps.config.signingSecret, s.id);
    await deps.mailer.enqueue(tx, {
      to: s.email,
      locale,
      template: 'bulletin',
      organisationId: bulletin.bodyId,
      params: {
        count: String(bulletin.items.length),
        list: listIn(deps, bulletin.items, locale),
        link: `${deps.config.publicUrl}/news?lang=${locale}`,
        unsubscribe: `${deps.config.publicUrl}/bulletin/unsubscribe?token=${token}&lang=${locale}`,
      },
    });
  }
  return subscribers.length;
}
