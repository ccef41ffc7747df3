import { and, arrayOverlaps, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PostKind, PostListQuery } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { posts } from './news.tables';

export type PostRow = typeof posts.$inferSelect;

/** Who reads: the reader's organisations and countries; `all` for a platform administrator. */
export type Reader = { all: boolean; orgIds: string[]; countries: string[] };

const published = eq(posts.status, 'published');

/** Published posts the reader's audience may read (what the RLS policy allows, narrowed to the country). */
export function audienceOf(reader: Reader): SQL | undefined {
  if (reader.all) return published;
  return and(
    published,
    or(
      eq(posts.audience, 'all'),
      reader.countries.length
        ? and(eq(posts.audience, 'country'), inArray(posts.countryCode, reader.countries))
        : undefined,
      reader.orgIds.length
        ? and(eq(posts.audience, 'organisations'), arrayOverlaps(posts.audienceIds, reader.orgIds))
        : undefined,
    ),
  );
}

/** What anyone may read without signing in: addressed to everyone or to a whole country. */
export function publicOf(country: string | undefined): SQL | undefined {
  return and(
    published,
    country
      ? or(eq(posts.audience, 'all'), and(eq(posts.audience, 'country'), eq(posts.countryCode, country)))
      : inArray(posts.audience, ['all', 'country']),
  );
}

const micros = (column: SQL | typeof posts.startsAt) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** News: newest first (drafts by their creation); events: soonest first. */
const newsKey = sql`coalesce(${posts.publishedAt}, ${posts.createdAt})`;

export type PostListFilter = Pick<PostListQuery, 'q' | 'limit' | 'status' | 'country'> & {
  kind: PostKind;
  /** Which rows: the reader's audience, the public, or one publisher's own. */
  visible: SQL | undefined;
  organisationId?: string;
  /** Events ending on or after this day. */
  from?: string;
  after: [string, string] | null;
};

export const postsRepo = {
  list: (tx: Tx, f: PostListFilter) => {
    const isEvent = f.kind === 'event';
    const key = isEvent ? micros(posts.startsAt) : micros(newsKey);
    const keyset = f.after
      ? isEvent
        ? sql`(${posts.startsAt}, ${posts.id}) > (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`
        : sql`(${newsKey}, ${posts.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`
      : undefined;
    const where: Array<SQL | undefined> = [
      eq(posts.kind, f.kind),
      f.visible,
      f.organisationId ? eq(posts.organisationId, f.organisationId) : undefined,
      f.status ? eq(posts.status, f.status) : undefined,
      f.country ? eq(posts.countryCode, f.country) : undefined,
      f.from ? sql`coalesce(${posts.endsAt}, ${posts.startsAt}) >= ${f.from}::date` : undefined,
      ...containsEveryWord(posts.search, f.q),
      keyset,
    ];
    return tx
      .select({ row: posts, key })
      .from(posts)
      .where(and(...where))
      .orderBy(...(isEvent ? [asc(posts.startsAt), asc(posts.id)] : [desc(newsKey), desc(posts.id)]))
      .limit(f.limit + 1);
  },

  find: async (tx: Tx, kind: PostKind, id: string, visible: SQL | undefined): Promise<PostRow | undefined> =>
    (
      await tx
        .select()
        .from(posts)
        .where(and(eq(posts.id, id), eq(posts.kind, kind), visible))
    )[0],

  insert: async (tx: Tx, values: typeof posts.$inferInsert): Promise<PostRow> =>
    (await tx.insert(posts).values(values).returning())[0] as PostRow,

  update: async (tx: Tx, id: string, change: Partial<typeof posts.$inferInsert>): Promise<PostRow> =>
    (
      await tx
        .update(posts)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(posts.id, id))
        .returning()
    )[0] as PostRow,

  remove: (tx: Tx, id: string) => tx.delete(posts).where(eq(posts.id, id)),
};
