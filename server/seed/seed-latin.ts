import { bulgarianToLatin, serbianToLatin } from '../platform/i18n/transliterate';

export type SeedCountry = 'RS' | 'BG';

/** The romanisation of a seeded country's official names. */
export function latinFor(country: SeedCountry): (text: string) => string {
  return country === 'RS' ? serbianToLatin : bulgarianToLatin;
}
