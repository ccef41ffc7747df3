/** ISO calendar dates (YYYY-MM-DD) as the seeds compute them: UTC days, no time zones. */
const dayMs = 86_400_000;

export const toIsoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / dayMs;
export const fromDayNumber = (n: number): string => toIsoDay(new Date(n * dayMs));
export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);

export function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return toIsoDay(d);
}

/** A day from `from` to `to`, both included. */
export const dayBetween = (from: string, to: string, random: () => number): string =>
  fromDayNumber(dayNumber(from) + Math.floor(random() * (dayNumber(to) - dayNumber(from) + 1)));

/** Whole years from `birth` to `on`. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
