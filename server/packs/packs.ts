import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { localeSchema } from '../../contracts/access';
import { advicePackSchema } from '../../contracts/advisory-pack';
import { appraisalRulesSchema } from '../../contracts/appraisal-rules';
import { packCompetencySchema } from '../../contracts/competencies';
import { learningPackSchema } from '../../contracts/learning-catalogue';
import { latinText } from '../../contracts/pack-text';
import { peoplePackSchema } from '../../contracts/positions';
import { practicePackSchema } from '../../contracts/practice-pack';
import type { Tx } from '../db/client';
import { syncCompetencies } from '../modules/competencies/competency-sync';
import { countries } from '../modules/organisations/organisations.tables';
import { latinTransliterators, type Transliteration } from '../platform/i18n/transliterate';

const transliterations = Object.keys(latinTransliterators) as [Transliteration, ...Transliteration[]];

/** An IANA zone name this runtime knows (Intl throws on an unknown one). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const regionSchema = z.object({
  /** ISO 3166-2 subdivision code, e.g. RS-18, BG-21. */
  code: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{2,3}$/),
  /** The official name in the country's own script. */
  name: z.string().min(1),
  /** The official Latin form. */
  nameLatin: latinText,
});

/**
 * A country pack: the country's rules as data (server/packs/<code>/pack.json), stored whole in
 * `countries.pack`. Unknown keys are kept, so later modules add titles, grade scales, competency
 * frameworks and classification codes to the JSON without touching this loader.
 */
export const countryPackSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    nameLatin: latinText,
    defaultLocale: localeSchema,
    locales: z.array(localeSchema).min(1),
    /** The romanisation the pack's official names follow (used for names typed later without a Latin form). */
    transliteration: z.enum(transliterations),
    /** The IANA time zone of the country's sessions: their days are stored as wall-clock times. */
    timeZone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
    /** What a region is called: "управни округ", "област". */
    regionKind: z.object({ name: z.string().min(1), nameLatin: latinText }),
    regions: z.array(regionSchema).min(1),
    people: peoplePackSchema,
    /** The national competency framework (RS decree, BG appraisal ordinance). */
    competencies: z.array(packCompetencySchema),
    /** The appraisal rules: scale, grades, bands, weights, deadlines, appeal and promotion. */
    appraisal: appraisalRulesSchema,
    /** Professional development: topic areas of the catalogue, certificate codes, reminders. */
    learning: learningPackSchema,
    /** The advisory Q&A: thematic areas and sub-topics, the promised answer time, public holidays. */
    advice: advicePackSchema,
    /** The good-practice exchange: the categories practices are filed under. */
    practices: practicePackSchema,
  })
  .loose()
  .superRefine((pack, ctx) => {
    if (!pack.locales.includes(pack.defaultLocale))
      ctx.addIssue({ code: 'custom', path: ['locales'], message: 'must include defaultLocale' });
    const seen = new Set<string>();
    const titles = new Set<string>();
    pack.people.titles.forEach((title, i) => {
      if (titles.has(title.code))
        ctx.addIssue({
          code: 'custom',
          path: ['people', 'titles', i, 'code'],
          message: 'duplicate title code',
        });
      titles.add(title.code);
    });
    pack.regions.forEach((region, i) => {
      if (!region.code.startsWith(`${pack.code}-`))
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'code'],
          message: `must start with ${pack.code}-`,
        });
      if (seen.has(region.code))
        ctx.addIssue({ code: 'custom', path: ['regions', i, 'code'], message: 'duplicate region code' });
      seen.add(region.code);
    });
    const competencyCodes = new Set<string>();
    pack.competencies.forEach((competency, i) => {
      if (competencyCodes.has(competency.code))
        ctx.addIssue({
          code: 'custom',
          path: ['competencies', i, 'code'],
          message: 'duplicate competency code',
        });
      competencyCodes.add(competency.code);
      competency.indicators.forEach((indicator, j) => {
        if (!competency.groups.includes(indicator.group))
          ctx.addIssue({
            code: 'custom',
            path: ['competencies', i, 'indicators', j, 'group'],
            message: `must be one of the competency's groups (${competency.groups.join(', ')})`,
          });
      });
    });
  });

export type CountryPack = z.infer<typeof countryPackSchema>;

/** Reads and validates one pack file; a broken pack stops the start with the file and field named. */
export function loadCountryPack(file: string): CountryPack {
  const parsed = countryPackSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid country pack ${file}:\n${issues}`);
  }
  return parsed.data;
}

const packFile = (code: string) => path.join(import.meta.dirname, code, 'pack.json');

/** The country packs shipped with Kadar, validated when this module loads. */
export const countryPacks: readonly CountryPack[] = [
  loadCountryPack(packFile('rs')),
  loadCountryPack(packFile('bg')),
];

export function findCountryPack(code: string): CountryPack | undefined {
  return countryPacks.find((p) => p.code === code);
}

/**
 * Inserts every shipped country that is missing, and gives a present one the sections a release
 * added (a new top-level key of the pack). What is already stored is left exactly as it is,
 * because administrators may have edited it and a release must not undo their edits.
 * Answers the codes that were inserted.
 */
export async function upsertCountries(tx: Tx): Promise<string[]> {
  const rows = await tx
    .insert(countries)
    .values(
      countryPacks.map((p) => ({
        code: p.code,
        name: p.name,
        nameLatin: p.nameLatin,
        defaultLocale: p.defaultLocale,
        pack: p,
      })),
    )
    .onConflictDoUpdate({
      target: countries.code,
      // jsonb || keeps the right operand's value for a key both hold: the stored one.
      set: { pack: sql`excluded.pack || ${countries.pack}` },
    })
    .returning({ code: countries.code, inserted: sql<boolean>`xmax = 0` });
  await syncCompetencies(tx);
  return rows.filter((r) => r.inserted).map((r) => r.code);
}
