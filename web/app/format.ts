import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/access';
import { localName } from './locale';

/** The current UI locale (re-renders when it changes). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) as Locale;
}

/** Dates, numbers and official names in the UI locale. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const parse = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
    return {
      locale,
      date: (iso: string | null | undefined) => {
        const d = parse(iso);
        return d ? date.format(d) : '—';
      },
      dateTime: (iso: string | null | undefined) => {
        const d = parse(iso);
        return d ? dateTime.format(d) : '—';
      },
      number: (n: number) => number.format(n),
      name: (named: { name: string; nameLatin: string }) => localName(locale, named),
    };
  }, [locale]);
}

/** "240 kB", "1.4 MB" in the UI language. */
export function useFileSize() {
  const locale = useLocale();
  return useMemo(() => {
    const unit = (name: 'kilobyte' | 'megabyte') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: 1 });
    const kb = unit('kilobyte');
    const mb = unit('megabyte');
    return (bytes: number) =>
      bytes < 1024 * 1024 ? kb.format(Math.max(1, Math.round(bytes / 1024))) : mb.format(bytes / 1024 ** 2);
  }, [locale]);
}
