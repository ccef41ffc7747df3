import { addDays } from '../../platform/days';

/** Working days of a country: Monday to Friday, except its public holidays (pack `advice.holidays`). */
export type WorkingCalendar = { holidays: readonly string[] };

const isWorkingDay = (calendar: WorkingCalendar, day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.includes(day);
};

/**
 * The day by which `days` working days after `from` have passed: a question sent on a Friday
 * with five working days is due the next Friday, one day later per holiday in between.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: string, days: number): string {
  let day = from;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return day;
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
    if (isWorkingDay(calendar, day)) count += 1;
  return count;
}
