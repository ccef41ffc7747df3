import { foldForSearch } from '../server/platform/i18n/transliterate';
import { syntheticCountryCode } from '../server/seed/synthetic-seed';

type Query = (text: string, params: unknown[]) => Promise<void>;

/** Two words of the synthetic vocabulary (server/seed/advisory-vocabulary.ts), in each script. */
const latinQuery = 'premestaj pripravnika';
const cyrillicQuery = 'оцењивање службеника';

/**
 * "Knowledge base search": the public, no-login search of the synthetic country's 50,000
 * answers (server/seed/synthetic-advisory-seed.ts), by two words in Latin and in Cyrillic; and
 * the same two searches in its library (server/seed/library-synthetic-seed.ts), text included.
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
  {
    name: 'GET /api/v1/public/documents (2 words, Latin, 5k documents)',
    url: `/api/v1/public/documents?q=${encodeURIComponent(latinQuery)}&country=${syntheticCountryCode}`,
    sql: 'libraryLatin' as const,
  },
  {
    name: 'GET /api/v1/public/documents (2 words, Cyrillic, 5k documents)',
    url: `/api/v1/public/documents?q=${encodeURIComponent(cyrillicQuery)}&country=${syntheticCountryCode}`,
    sql: 'libraryCyrillic' as const,
  },
];

/** A LIKE pattern per folded word, as the search (answers.repo.ts `searchWords`) builds it. */
const patterns = (q: string) =>
  foldForSearch(q)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);

/** The words as the starts of words, as the library search (word-search.ts `startsEveryWord`) asks. */
const prefixes = (q: string) =>
  foldForSearch(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => `${w}:*`)
    .join(' & ');

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

/**
 * The library search (library/documents.repo.ts): public documents of the country holding every
 * word (as the start of a word) in title, tags or the current text, newest first, with the publisher, the current version
 * and the version count; then the current texts of the page, for the excerpts.
 */
const librarySql = `select d.*, o.name, o.name_latin, a.name, a.name_latin, c.version, c.note, c.file_name,
    c.content_type, c.size, c.text <> '' as searchable, c.downloads, c.created_at,
    (select count(*)::int from document_versions v where v.document_id = d.id) as version_count,
    to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key
  from documents d
  join organisations o on o.id = d.organisation_id
  left join organisations a on a.id = d.audience_id
  join document_versions c on c.document_id = d.id and c.version = d.current_version
  where d.visibility = 'public' and d.country_code = $1 and d.search_words @@ to_tsquery('simple', $2)
  order by d.created_at desc, d.id desc limit 51`;

async function library(query: Query, q: string) {
  await query(librarySql, [syntheticCountryCode, prefixes(q)]);
  await query(
    `select d.id, v.text from documents d
     join document_versions v on v.document_id = d.id and v.version = d.current_version
     where d.id in (select id from documents where visibility = 'public' and country_code = $1
       and search_words @@ to_tsquery('simple', $2) order by created_at desc, id desc limit 50)`,
    [syntheticCountryCode, prefixes(q)],
  );
}

export const advisorySqlCases = (query: Query) => ({
  knowledgeLatin: () => knowledge(query, latinQuery),
  knowledgeCyrillic: () => knowledge(query, cyrillicQuery),
  libraryLatin: () => library(query, latinQuery),
  libraryCyrillic: () => library(query, cyrillicQuery),
});
