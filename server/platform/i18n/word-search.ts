import { type AnyColumn, like, type SQL, sql } from 'drizzle-orm';
import { containsPattern } from '../../db/collation';
import { foldForSearch } from './transliterate';

/** The words of a query as they stand in the folded `search` columns (any script, no diacritics). */
const foldedWords = (q: string | undefined) => (q ? foldForSearch(q).split(/\s+/).filter(Boolean) : []);

/** Every word of the query somewhere in a folded `search` column (trigram-indexed LIKE). */
export const containsEveryWord = (column: AnyColumn, q: string | undefined): SQL[] =>
  foldedWords(q).map((w) => like(column, containsPattern(w)));

/**
 * Every word of the query as the start of a word of a `tsvector` of the folded text: for long texts
 * (library documents), where the index answers without re-reading each candidate's text.
 */
export function startsEveryWord(vector: AnyColumn, q: string | undefined): SQL[] {
  const tokens = foldedWords(q)
    .flatMap((w) => w.split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);
  if (tokens.length === 0) return [];
  return [sql`${vector} @@ to_tsquery('simple', ${tokens.map((t) => `${t}:*`).join(' & ')})`];
}
