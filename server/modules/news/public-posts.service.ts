import type { PostKind, PublicPost } from '../../../contracts/news';
import type { Config } from '../../config';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import { today } from '../../platform/days';
import { invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { organisationsRepo } from '../organisations/organisations.repo';
import { eventsCalendar } from './news-ical';
import { publisherNames, toPublicPost } from './post-view';
import { publicOf, postsRepo as repo } from './posts.repo';

export type PublicPostsQuery = {
  q?: string;
  limit: number;
  cursor?: string;
  country?: string;
  from?: string;
};
export type PublicPostsService = ReturnType<typeof createPublicPostsService>;

const entity = (kind: PostKind) => (kind === 'event' ? 'event' : 'news');
/** How many upcoming events a calendar feed carries. */
const feedSize = 200;

/**
 * News and events as anyone reads them, without signing in: published posts addressed to everyone
 * or to a whole country, in system scope, with the public fields alone.
 */
export function createPublicPostsService({ tenancy, config }: { tenancy: Tenancy; config: Config }) {
  const zoneOf = async (tx: Parameters<typeof storedPack>[0], country: string) => {
    if (!(await organisationsRepo.findCountry(tx, country))) throw invalid('country', 'unknown_country');
    return (await storedPack(tx, country)).timeZone ?? 'UTC';
  };

  return {
    list: (kind: PostKind, query: PublicPostsQuery) => {
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(systemScope, async (tx) => {
        const rows = await repo.list(tx, {
          ...query,
          country: undefined,
          kind,
          after,
          from: kind === 'event' ? (query.from ?? today()) : undefined,
          visible: publicOf(query.country),
        });
        const page = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        const names = await publisherNames(
          tx,
          page.items.map((r) => r.row),
        );
        return { items: page.items.map((r) => toPublicPost(r.row, names)), nextCursor: page.nextCursor };
      });
    },

    get: (kind: PostKind, id: string): Promise<PublicPost> =>
      tenancy.read(systemScope, async (tx) => {
        const row = await repo.find(tx, kind, id, publicOf(undefined));
        if (!row) throw notFound(entity(kind));
        return toPublicPost(row, await publisherNames(tx, [row]));
      }),

    /** Upcoming events of a country (and those for every country) as an iCalendar feed. */
    feed: (country: string, name: string) =>
      tenancy.read(systemScope, async (tx) => {
        const timeZone = await zoneOf(tx, country);
        const rows = await repo.list(tx, {
          kind: 'event',
          limit: feedSize,
          after: null,
          from: today(),
          visible: publicOf(country),
        });
        return eventsCalendar({
          name,
          timeZone,
          publicUrl: config.publicUrl,
          events: rows.map((r) => r.row),
        });
      }),

    /** One event, in its publisher's country's zone. */
    event: (id: string) =>
      tenancy.read(systemScope, async (tx) => {
        const row = await repo.find(tx, 'event', id, publicOf(undefined));
        if (!row) throw notFound('event');
        const timeZone = await zoneOf(tx, row.countryCode);
        return eventsCalendar({ name: row.title, timeZone, publicUrl: config.publicUrl, events: [row] });
      }),
  };
}
