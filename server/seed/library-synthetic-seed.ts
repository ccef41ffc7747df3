import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DocumentKind } from '../../contracts/library-documents';
import { insertInChunks } from '../db/bulk-write';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { documentSearch } from '../modules/library/document-view';
import { documents, documentVersions } from '../modules/library/library.tables';
import { countries, organisations } from '../modules/organisations/organisations.tables';
import { foldForSearch, serbianToLatin } from '../platform/i18n/transliterate';
import { groups, rules, situations, subjects } from './advisory-vocabulary';
import { chance, intBetween, pickFrom, type Random, seededRandom } from './seed-random';
import { syntheticCountryCode } from './synthetic-seed';

export type SyntheticLibraryResult = { created: boolean; documents: number; ms: number };

const kinds: ReadonlyArray<readonly [DocumentKind, string]> = [
  ['handbook', 'Приручник:'],
  ['model_act', 'Модел акта:'],
  ['regulation', 'Пропис:'],
  ['template', 'Образац:'],
  ['other', 'Мишљење:'],
];
const topics = ['employment', 'local_government', 'finance', 'procedure'] as const;
const publisherName = 'Библиотека кадровских служби XS';
const publisherNameLatin = 'Biblioteka kadrovskih službi XS';

/** The country's first national body publishes; a library body of its own when it has none. */
async function publisher(tx: Tx): Promise<string> {
  const [body] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.countryCode, syntheticCountryCode), eq(organisations.kind, 'national_body')))
    .limit(1);
  if (body) return body.id;
  const id = randomUUID();
  await insertInChunks(tx, organisations, [
    {
      id,
      countryCode: syntheticCountryCode,
      kind: 'national_body',
      // No role: the advisory seed recognises its own run by an association.
      bodyRole: null,
      name: publisherName,
      nameLatin: publisherNameLatin,
      search: foldForSearch(`${publisherName} ${publisherNameLatin}`),
    },
  ]);
  return id;
}

/** A few thousand characters of rules and situations, as a handbook's chapter reads. */
const chapter = (random: Random) =>
  Array.from(
    { length: intBetween(12, 24, random) },
    () =>
      `${pickFrom(subjects, random)} ${pickFrom(groups, random)} ${pickFrom(situations, random)}. ${pickFrom(rules, random)}`,
  ).join('\n');

/** One document and its one version: a third in Latin script, most public. */
function documentRows(organisationId: string, random: Random) {
  const [kind, prefix] = pickFrom(kinds, random);
  const latin = chance(0.33, random);
  const write = (text: string) => (latin ? serbianToLatin(text) : text);
  const title = write(`${prefix} ${pickFrom(subjects, random)} ${pickFrom(groups, random)}`);
  const text = write(chapter(random));
  const visibility = chance(0.85, random) ? 'public' : chance(0.7, random) ? 'network' : 'organisation';
  const createdAt = new Date(Date.now() - intBetween(0, 3 * 365, random) * 86_400_000);
  const id = randomUUID();
  const fields = { title, summary: '', tags: [pickFrom(subjects, random).toLowerCase()].map(write) };
  return {
    document: {
      ...fields,
      id,
      organisationId,
      countryCode: syntheticCountryCode,
      kind,
      locale: latin ? 'sr-Latn' : 'sr-Cyrl',
      topics: [pickFrom(topics, random)],
      visibility,
      search: documentSearch(fields, text),
      createdAt,
      updatedAt: createdAt,
    },
    version: {
      documentId: id,
      organisationId,
      version: 1,
      fileName: `dokument-${id.slice(0, 8)}.pdf`,
      contentType: 'application/pdf',
      size: text.length * 3,
      storageKey: `library/synthetic/${id}`,
      text,
      createdAt,
    },
  };
}

/**
 * The synthetic country's library for the search benchmark: `documents` text rows (no files),
 * published by its first national body. Runs once: `created: false` when it has documents. Call
 * it after the other synthetic seeds, since the training seed refuses a country with a body.
 */
export async function seedSyntheticDocuments(
  conn: Connection,
  options: { documents: number },
): Promise<SyntheticLibraryResult> {
  const started = performance.now();
  return createTenancy(conn).run(systemScope, async (tx) => {
    const country = await tx.select().from(countries).where(eq(countries.code, syntheticCountryCode));
    if (country.length === 0) throw new Error('the synthetic country is missing: seed it first');
    const [present] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .where(eq(documents.countryCode, syntheticCountryCode));
    if ((present?.n ?? 0) > 0) return { created: false, documents: 0, ms: 0 };
    const organisationId = await publisher(tx);
    const random = seededRandom(options.documents);
    for (let start = 0; start < options.documents; start += 2000) {
      const size = Math.min(2000, options.documents - start);
      const rows = Array.from({ length: size }, () => documentRows(organisationId, random));
      await insertInChunks(
        tx,
        documents,
        rows.map((r) => r.document),
        200,
      );
      await insertInChunks(
        tx,
        documentVersions,
        rows.map((r) => r.version),
        200,
      );
    }
    return { created: true, documents: options.documents, ms: Math.round(performance.now() - started) };
  });
}
