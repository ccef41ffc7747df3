import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { insertInChunks } from '../db/bulk-write';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { answers, laws } from '../modules/advisory/advisory.tables';
import { lawSearch } from '../modules/advisory/laws.repo';
import { countries, organisations } from '../modules/organisations/organisations.tables';
import { findCountryPack } from '../packs/packs';
import { foldForSearch, serbianToLatin } from '../platform/i18n/transliterate';
import { groups, rules, situations, subjects } from './advisory-vocabulary';
import { addDays, toIsoDay } from './seed-dates';
import { chance, intBetween, pickFrom, type Random, seededRandom } from './seed-random';
import { syntheticCountryCode } from './synthetic-seed';

/** The synthetic country's association: its experts answer and publish. */
const bodyName = 'Стална конференција општина XS';
const bodyNameLatin = 'Stalna konferencija opština XS';
const lawTitles = [
  'Закон о запосленима у локалној самоуправи XS',
  'Закон о локалној самоуправи XS',
  'Закон о општем управном поступку XS',
  'Закон о платама у локалној самоуправи XS',
  'Уредба о оцењивању службеника XS',
  'Уредба о разврставању радних места XS',
];

/** The synthetic country's pack is Serbia's with another code: its areas and sub-topics. */
const codes = (findCountryPack('RS')?.advice.areas ?? []).flatMap((a) =>
  a.subtopics.map((s) => [a.code, s.code] as const),
);

export type SyntheticAdvisoryResult = { created: boolean; answers: number; ms: number };

async function addBody(tx: Tx): Promise<string> {
  const id = randomUUID();
  await insertInChunks(tx, organisations, [
    {
      id,
      countryCode: syntheticCountryCode,
      kind: 'national_body',
      bodyRole: 'association',
      name: bodyName,
      nameLatin: bodyNameLatin,
      search: foldForSearch(`${bodyName} ${bodyNameLatin}`),
    },
  ]);
  return id;
}

async function addLaws(tx: Tx, bodyId: string, today: string): Promise<string[]> {
  const rows = lawTitles.map((title, i) => ({
    id: randomUUID(),
    countryCode: syntheticCountryCode,
    bodyId,
    title,
    gazette: `Сл. гласник XS ${10 + i}/2020`,
    // One amended this year, so some answers need re-checking as in a real register.
    amendedOn: i === 4 ? addDays(today, -60) : null,
    note: '',
  }));
  await insertInChunks(
    tx,
    laws,
    rows.map((r) => ({ ...r, search: lawSearch(r) })),
  );
  return rows.map((r) => r.id);
}

/** One knowledge-base entry drawn from the vocabulary; a tenth in Latin script, a twentieth not published. */
function answerRow(bodyId: string, lawIds: readonly string[], today: string, random: Random) {
  const [areaCode, subtopicCode] = pickFrom(codes, random);
  const latin = chance(0.1, random);
  const write = (text: string) => (latin ? serbianToLatin(text) : text);
  const subject = pickFrom(subjects, random);
  const group = pickFrom(groups, random);
  const title = write(`${subject} ${group} ${pickFrom(situations, random)}`);
  const question = write(
    `Да ли је у [општина] дозвољено ${subject.toLowerCase()} ${pickFrom(groups, random)} ${pickFrom(situations, random)}?`,
  );
  const answer = write(`${pickFrom(rules, random)} ${pickFrom(rules, random)} ${pickFrom(rules, random)}`);
  const refs = [...new Set([pickFrom(lawIds, random), pickFrom(lawIds, random)])].map((lawId) => ({
    lawId,
    article: String(intBetween(1, 180, random)),
  }));
  const checkedOn = addDays(today, -intBetween(30, 720, random));
  const publishedAt = new Date(`${addDays(checkedOn, intBetween(1, 20, random))}T10:00:00Z`);
  const status = chance(0.95, random) ? 'published' : pickFrom(['draft', 'withdrawn'] as const, random);
  return {
    bodyId,
    countryCode: syntheticCountryCode,
    areaCode,
    subtopicCode,
    locale: latin ? 'sr-Latn' : 'sr-Cyrl',
    title,
    question,
    answer,
    lawRefs: refs,
    lawIds: refs.map((r) => r.lawId),
    status,
    checkedOn,
    helpfulYes: intBetween(0, 30, random),
    helpfulNo: intBetween(0, 5, random),
    publishedAt: status === 'draft' ? null : publishedAt,
    search: foldForSearch(`${title} ${question} ${answer}`),
    createdAt: publishedAt,
  };
}

/**
 * The knowledge base of the synthetic country for the search benchmark: an association, its
 * register of six laws and `answers` entries (nineteen in twenty published). Runs once: answers
 * `created: false` when the association exists. Call it after `seedSyntheticLearning`, which
 * refuses to run once the synthetic country has any national body.
 */
export async function seedSyntheticAdvisory(
  conn: Connection,
  options: { answers: number },
): Promise<SyntheticAdvisoryResult> {
  const started = performance.now();
  return createTenancy(conn).run(systemScope, async (tx) => {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(eq(organisations.countryCode, syntheticCountryCode), eq(organisations.bodyRole, 'association')),
      );
    if (found.length > 0) return { created: false, answers: 0, ms: 0 };
    const country = await tx.select().from(countries).where(eq(countries.code, syntheticCountryCode));
    if (country.length === 0) throw new Error('the synthetic country is missing: seed it first');
    const random = seededRandom(options.answers);
    const today = toIsoDay(new Date());
    const bodyId = await addBody(tx);
    const lawIds = await addLaws(tx, bodyId, today);
    for (let start = 0; start < options.answers; start += 5000) {
      const size = Math.min(5000, options.answers - start);
      const rows = Array.from({ length: size }, () => answerRow(bodyId, lawIds, today, random));
      await insertInChunks(tx, answers, rows, 1000);
    }
    return { created: true, answers: options.answers, ms: Math.round(performance.now() - started) };
  });
}
