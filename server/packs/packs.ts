import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Tx } from '../db/client';
import { countries } from '../modules/organisations/organisations.tables';
import { latinTransliterators } from '../platform/i18n/transliterate';

/**
 * A country pack: the country's rules as data. Regions carry only their official name; the Latin
 * form follows the pack's romanisation. Later modules add titles, grade scales and competencies.
 */
const packSchema = z
  .object({
    code: z.string().length(2),
    name: z.string(),
    nameLatin: z.string(),
    defaultLocale: z.enum(['sr-Cyrl', 'sr-Latn', 'bg', 'en']),
    locales: z.array(z.string()),
    transliteration: z.enum(['serbian', 'bulgarian']),
    regionKind: z.string(),
    regions: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .loose();
export type CountryPack = z.infer<typeof packSchema>;

function loadPack(code: string): CountryPack {
  const file = path.join(import.meta.dirname, code, 'pack.json');
  const pack = packSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const toLatin = latinTransliterators[pack.transliteration];
  return { ...pack, regions: pack.regions.map((r) => ({ ...r, nameLatin: toLatin(r.name) })) };
}

export const countryPacks: readonly CountryPack[] = [loadPack('rs'), loadPack('bg')];

/** Adds missing countries; an existing row is left as administrators edited it. */
export async function upsertCountries(tx: Tx): Promise<void> {
  await tx
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
    .onConflictDoNothing();
}
