import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { DirectoryQuery } from '../../../contracts/hr-directory';
import type { Tx } from '../../db/client';
import { collated, readsLatin } from '../../db/collation';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { organisations } from '../organisations/organisations.tables';
import { directoryCards } from './hr-directory.tables';

export type DirectoryCardRow = typeof directoryCards.$inferSelect;

const columns = {
  card: directoryCards,
  organisationName: organisations.name,
  organisationNameLatin: organisations.nameLatin,
};
export type DirectoryCardView = {
  card: DirectoryCardRow;
  organisationName: string;
  organisationNameLatin: string;
};

/** The reader's sort: country, then organisation and person in the reader's script and collation. */
function sortKeys(locale: Locale) {
  const latin = readsLatin(locale);
  return [
    directoryCards.countryCode,
    collated(latin ? organisations.nameLatin : organisations.name, locale),
    collated(latin ? directoryCards.nameLatin : directoryCards.name, locale),
    directoryCards.userId,
  ] as const;
}

export const directoryRepo = {
  /** Listed cards only: row-level security also shows the reader their own unlisted card. */
  list: (tx: Tx, query: DirectoryQuery, locale: Locale, after: [string, string, string, string] | null) => {
    const [country, org, name, id] = sortKeys(locale);
    const where: Array<SQL | undefined> = [
      eq(directoryCards.listed, true),
      query.country ? eq(directoryCards.countryCode, query.country) : undefined,
      query.organisationId ? eq(directoryCards.organisationId, query.organisationId) : undefined,
      ...containsEveryWord(directoryCards.search, query.q),
      after
        ? sql`(${country}, ${org}, ${name}, ${id}) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]}::uuid)`
        : undefined,
    ];
    const latin = readsLatin(locale);
    return tx
      .select(columns)
      .from(directoryCards)
      .innerJoin(organisations, eq(organisations.id, directoryCards.organisationId))
      .where(and(...where))
      .orderBy(asc(country), org, name, asc(id))
      .limit(query.limit + 1)
      .then((rows) =>
        rows.map((r) => ({
          ...r,
          key: [
            r.card.countryCode,
            latin ? r.organisationNameLatin : r.organisationName,
            latin ? r.card.nameLatin : r.card.name,
            r.card.userId,
          ],
        })),
      );
  },

  /** Organisations with listed cards and how many, in the reader's order. */
  organisations: (tx: Tx, country: string | undefined, locale: Locale) =>
    tx
      .select({
        id: organisations.id,
        name: organisations.name,
        nameLatin: organisations.nameLatin,
        countryCode: organisations.countryCode,
        cards: sql<number>`count(*)::int`,
      })
      .from(directoryCards)
      .innerJoin(organisations, eq(organisations.id, directoryCards.organisationId))
      .where(
        and(eq(directoryCards.listed, true), country ? eq(directoryCards.countryCode, country) : undefined),
      )
      .groupBy(organisations.id)
      .orderBy(
        asc(organisations.countryCode),
        collated(readsLatin(locale) ? organisations.nameLatin : organisations.name, locale),
      ),

  find: async (tx: Tx, userId: string): Promise<DirectoryCardView | undefined> =>
    (
      await tx
        .select(columns)
        .from(directoryCards)
        .innerJoin(organisations, eq(organisations.id, directoryCards.organisationId))
        .where(eq(directoryCards.userId, userId))
    )[0],

  upsert: (tx: Tx, values: typeof directoryCards.$inferInsert) => {
    const { userId: _id, ...changes } = values;
    return tx
      .insert(directoryCards)
      .values(values)
      .onConflictDoUpdate({ target: directoryCards.userId, set: { ...changes, updatedAt: new Date() } });
  },

  remove: async (tx: Tx, userId: string) =>
    (await tx.delete(directoryCards).where(eq(directoryCards.userId, userId)).returning())[0],
};
