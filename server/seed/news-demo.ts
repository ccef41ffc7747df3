import type { BulletinItem } from '../../contracts/news';
import type { Tx } from '../db/client';
import { bulletinSubscriptions, bulletins, posts } from '../modules/news/news.tables';
import { newToken } from '../modules/news/subscription-tokens';
import { foldForSearch } from '../platform/i18n/transliterate';
import { type CountryNews, newsDemo } from './news-demo-data';

export type NewsCounts = { posts: number; subscriptions: number; bulletins: number };
export const noNews: NewsCounts = { posts: 0, subscriptions: 0, bulletins: 0 };

const day = 86_400_000;
/** `days` from `today` (negative: before), at a local hour given as UTC by the country's offset. */
const at = (today: string, days: number, hour: number, offset = 0) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * day + (hour - offset) * 3_600_000);

function need(orgIds: ReadonlyMap<string, string>, slug: string): string {
  const id = orgIds.get(slug);
  if (!id) throw new Error(`news demo: unknown organisation ${slug}`);
  return id;
}

async function seedCountry(tx: Tx, orgIds: ReadonlyMap<string, string>, c: CountryNews, today: string) {
  const common = { countryCode: c.country, status: 'published', locale: c.locale };
  const newsRows = c.news.map((n) => ({
    ...common,
    organisationId: need(orgIds, n.by),
    kind: 'news',
    audience: n.for ? 'organisations' : 'country',
    audienceIds: (n.for ?? []).map((slug) => need(orgIds, slug)),
    title: n.title,
    summary: n.summary,
    body: n.body,
    publishedAt: at(today, -n.daysAgo, 9, c.utcOffset),
    search: foldForSearch(`${n.title} ${n.summary} ${n.body}`),
  }));
  const eventRows = c.events.map((e) => ({
    ...common,
    organisationId: need(orgIds, e.by),
    kind: 'event',
    audience: 'country',
    title: e.title,
    summary: e.summary,
    body: e.body,
    startsAt: at(today, e.inDays, e.hour, c.utcOffset),
    endsAt: at(today, e.inDays, e.hour + e.hours, c.utcOffset),
    location: e.location,
    onlineUrl: e.onlineUrl ?? '',
    publishedAt: at(today, -4, 12, c.utcOffset),
    search: foldForSearch(`${e.title} ${e.summary} ${e.body} ${e.location}`),
  }));
  const written = await tx
    .insert(posts)
    .values([...newsRows, ...eventRows])
    .returning({
      id: posts.id,
      kind: posts.kind,
      title: posts.title,
      audience: posts.audience,
      publishedAt: posts.publishedAt,
    });

  const confirmedAt = at(today, -20, 10);
  await tx.insert(bulletinSubscriptions).values(
    c.subscribers.map((email) => ({
      countryCode: c.country,
      email,
      locale: c.locale,
      tokenHash: newToken().hash,
      confirmedAt,
    })),
  );

  // Last week's bulletin carried the news of the week before it; the next one starts where it ended.
  const sentAt = at(today, -7, 8, c.utcOffset);
  const periodFrom = new Date(sentAt.getTime() - 7 * day);
  const items: BulletinItem[] = written
    .filter(
      (p) =>
        p.kind === 'news' &&
        p.audience === 'country' &&
        p.publishedAt &&
        p.publishedAt > periodFrom &&
        p.publishedAt <= sentAt,
    )
    .map((p) => ({
      kind: 'news',
      title: p.title,
      path: `/news/${p.id}`,
      date: p.publishedAt?.toISOString() ?? null,
    }));
  await tx.insert(bulletins).values({
    bodyId: need(orgIds, c.association),
    countryCode: c.country,
    periodFrom,
    periodTo: sentAt,
    items,
    recipients: c.subscribers.length,
    sentAt,
  });
  return { posts: written.length, subscriptions: c.subscribers.length, bulletins: 1 };
}

/** Per country: news and upcoming events of its bodies, a few confirmed subscribers and last week's bulletin. */
export async function seedDemoNews(
  tx: Tx,
  orgIds: ReadonlyMap<string, string>,
  today: string,
): Promise<NewsCounts> {
  const counts = { ...noNews };
  for (const c of newsDemo) {
    const done = await seedCountry(tx, orgIds, c, today);
    counts.posts += done.posts;
    counts.subscriptions += done.subscriptions;
    counts.bulletins += done.bulletins;
  }
  return counts;
}
