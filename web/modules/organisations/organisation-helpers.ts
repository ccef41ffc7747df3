import type { Country } from '../../../contracts/organisations';

/** The region's record (for its local name), from the country list. */
export function findRegion(countries: Country[] | undefined, countryCode: string, regionCode: string | null) {
  if (!regionCode) return null;
  return countries?.find((c) => c.code === countryCode)?.regions.find((r) => r.code === regionCode) ?? null;
}
