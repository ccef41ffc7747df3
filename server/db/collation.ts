import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '../../contracts/access';

const collations: Record<Locale, string> = {
  'sr-Cyrl': 'kadar_sr',
  'sr-Latn': 'kadar_sr',
  bg: 'kadar_bg',
  en: 'kadar_en',
};

/** Latin-script readers sort (and read) the Latin form of a name. */
export const readsLatin = (locale: Locale) => locale === 'sr-Latn' || locale === 'en';

/** A name column under the ICU collation of the reader's language (db/migrations/0000). */
export function collated(column: AnyPgColumn, locale: Locale): SQL {
  return sql`${column} collate ${sql.identifier(collations[locale])}`;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
