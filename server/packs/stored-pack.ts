import type { AdvicePack } from '../../contracts/advisory-pack';
import type { LearningPack } from '../../contracts/learning-catalogue';
import type { PeoplePack } from '../../contracts/positions';
import type { PracticePack } from '../../contracts/practice-pack';
import type { Tx } from '../db/client';
import { organisationsRepo } from '../modules/organisations/organisations.repo';
import { invalid } from '../platform/errors';
import { latinTransliterators, type Transliteration } from '../platform/i18n/transliterate';

/** A country's pack as stored (administrators may have edited it since the release shipped it). */
export type StoredPack = {
  regions?: Array<{ code: string; name: string; nameLatin: string }>;
  transliteration?: Transliteration;
  /** IANA zone of the country's sessions (packs stored before it was added get it on the next start). */
  timeZone?: string;
  people: PeoplePack;
  learning: LearningPack;
  advice: AdvicePack;
  practices: PracticePack;
};

export async function storedPack(tx: Tx, countryCode: string): Promise<StoredPack> {
  const country = await organisationsRepo.findCountry(tx, countryCode);
  if (!country) throw invalid('countryCode', 'unknown_country');
  return country.pack as StoredPack;
}

/** A Cyrillic name gives its Latin form by the country's romanisation unless one is stated. */
export function latinOf(name: string, given: string | undefined, pack: StoredPack, field: string): string {
  if (given) return given;
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  if (pack.transliteration) return latinTransliterators[pack.transliteration](name);
  throw invalid(field, 'required');
}
