import 'dayjs/locale/bg';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/sr';
import 'dayjs/locale/sr-cyrl';
import type { Locale } from '../../contracts/access';

/** The dayjs locale (month and day names of the calendar) of each UI language. */
const dayjsLocales: Record<Locale, string> = {
  'sr-Cyrl': 'sr-cyrl',
  'sr-Latn': 'sr',
  bg: 'bg',
  en: 'en-gb',
};

export function datesLocale(locale: Locale): string {
  return dayjsLocales[locale] ?? 'en-gb';
}

/** How a date is written and typed in a date field: 31.12.2020 in Serbian and Bulgarian, 31/12/2020 in English. */
export function dateInputFormat(locale: Locale): string {
  return locale === 'en' ? 'DD/MM/YYYY' : 'DD.MM.YYYY';
}

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, as every UI language writes it; the separator may be . / or -, and Serbian's closing
// dot (31.12.2020.) and Bulgarian's year mark (31.12.2020 г.) are allowed.
const dayFirst = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*\.?\s*(?:г\.?)?$/iu;

/**
 * A typed date as `YYYY-MM-DD`, or null while it is incomplete or no such day exists: a day-first
 * date with a four-digit year, or an ISO date (pasted).
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  const isoMatch = iso.exec(value);
  const dayFirstMatch = dayFirst.exec(value);
  const parts = isoMatch
    ? [isoMatch[1], isoMatch[2], isoMatch[3]]
    : dayFirstMatch
      ? [dayFirstMatch[3], dayFirstMatch[2], dayFirstMatch[1]]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
