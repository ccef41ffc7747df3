/**
 * The day `months` calendar months after `day` (both `YYYY-MM-DD`, negative goes back); the last day
 * of a shorter month stands in for a day it lacks (31 August + 6 months = 28 or 29 February).
 * Shared: the server asks line managers for impact ratings by it, the web lists the ones due.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastOfMonth));
  return target.toISOString().slice(0, 10);
}
