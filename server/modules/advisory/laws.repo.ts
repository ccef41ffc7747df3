import { and, asc, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { Tx } from '../../db/client';
import { collated } from '../../db/collation';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { answers, laws } from './advisory.tables';

export type LawRow = typeof laws.$inferSelect;
export type LawView = { row: LawRow; answersToRecheck: number };

/**
 * Published answers citing the law that were last checked before its amendment. The outer columns
 * are named with their table: drizzle leaves them bare in a one-table select.
 */
const toRecheck = sql<number>`(select count(*)::int from ${answers} a
  where a.status = 'published' and laws.id = any(a.law_ids) and a.checked_on < laws.amended_on)`;

const columns = { row: laws, answersToRecheck: toRecheck };

/** Every word of `q`, folded, must be in the row's search text: Cyrillic finds Latin and back. */
export const lawSearch = (l: Pick<LawRow, 'title' | 'gazette' | 'note'>) =>
  foldForSearch([l.title, l.gazette, l.note].join(' '));

export const lawsRepo = {
  /** A country's register by title, in the reader's collation. */
  list: (tx: Tx, country: string, q: string | undefined, locale: Locale): Promise<LawView[]> =>
    tx
      .select(columns)
      .from(laws)
      .where(and(eq(laws.countryCode, country), ...containsEveryWord(laws.search, q)))
      .orderBy(collated(laws.title, locale), asc(laws.id)),

  find: async (tx: Tx, id: string): Promise<LawView | undefined> =>
    (await tx.select(columns).from(laws).where(eq(laws.id, id)))[0],

  insert: async (tx: Tx, values: typeof laws.$inferInsert) =>
    (await tx.insert(laws).values(values).returning())[0] as LawRow,

  update: async (tx: Tx, id: string, values: Partial<typeof laws.$inferInsert>) =>
    (
      await tx
        .update(laws)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(laws.id, id))
        .returning()
    )[0] as LawRow,
};
