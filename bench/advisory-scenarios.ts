import { foldForSearch } from '../server/platform/i18n/transliterate';
import { syntheticCountryCode } from '../server/seed/synthetic-seed';

type Query = (text: string, params: unknown[]) => Promise<void>;

/** Two words of the synthetic vocabulary (server/seed/advisory-vocabulary.ts), in each script. */
const latinQuery = 'premestaj pripravnika';
const cyrillicQuery = 'оцењивање службеника';

/**
 * "Knowledge base search": the public, no-login search of the synthetic country's 50,000
 * answers (server/seed/synthetic-advisory-seed.ts), by two words in Latin and in Cyrillic.
 */
export const advisoryScenarios = () => [
  {
    name: 'GET /api/v1/public/knowledge (2 words, Latin, 50k answers)',
    url: `/api/v1/public/knowledge?q=${encodeURIComponent(latinQuery)}&country=${syntheticCountryCode}`,
    sql: 'knowledgeLatin' as const,
  },
  {
    name: 'GET /api/v1/public/knowledge (2 words, Cyrillic, 50k answers)',
    url: `/api/v1/public/knowledge?q=${encodeURIComponent(cyrillicQuery)}&country=${syntheticCountryCode}`,
    sql: 'knowledgeCyrillic' as const,
  },
];

/** A LIKE pattern per folded word, as the search (answers.repo.ts `searchWords`) builds it. */
const patterns = (q: string) =>
  foldForSearch(q)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);

/**
 * The reading queries of that request (knowledge.repo.ts, then answer-view.ts): published
 * answers of the country holding every word, newest first, a page of 50 and one more, with
 * whether a cited law was amended after the last check; then the body's names and the cited laws
 * (the synthetic country has one association and six laws, so those two read all of them).
 */
const knowledgeSql = `select a.*,
    exists (select 1 from laws l where l.id = any(a.law_ids) and l.amended_on > a.checked_on) as needs_recheck,
    to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key
  from answers a
  where a.status = 'published' and a.country_code = $1 and a.search like $2 and a.search like $3
  order by a.published_at desc, a.id desc limit 51`;

async function knowledge(query: Query, q: string) {
  await query(knowledgeSql, [syntheticCountryCode, ...patterns(q)]);
  await query(
    `select id, name, name_latin, country_code, kind from organisations
     where country_code = $1 and body_role = 'association'`,
    [syntheticCountryCode],
  );
  await query('select * from laws where country_code = $1', [syntheticCountryCode]);
}

export const advisorySqlCases = (query: Query) => ({
  knowledgeLatin: () => knowledge(query, latinQuery),
  knowledgeCyrillic: () => knowledge(query, cyrillicQuery),
});
