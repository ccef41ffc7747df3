import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/people';
import { useLocale } from '../../app/format';
import { usesLatinNames } from '../../app/locale';

type Names = Pick<Employee, 'givenName' | 'familyName' | 'givenNameLatin' | 'familyNameLatin'>;

/** Active or left (with the day of leaving when known). */
export function EmployeeStatusBadge({ status }: { status: Employee['status'] }) {
  const { t } = useTranslation('people');
  return (
    <Badge variant="light" color={status === 'active' ? 'green' : 'gray'} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * A person's name as the reader reads it: Latin-script readers (sr-Latn, en) get the Latin forms,
 * the others the official ones. `other` is the name in the second script, when it differs.
 */
export function usePersonNames() {
  const latin = usesLatinNames(useLocale());
  return useMemo(() => {
    const given = (p: Names) => (latin ? p.givenNameLatin || p.givenName : p.givenName);
    const family = (p: Names) => (latin ? p.familyNameLatin || p.familyName : p.familyName);
    return {
      full: (p: Names) => `${given(p)} ${family(p)}`,
      /** Family name first, as the directory is sorted. */
      sorted: (p: Names) => `${family(p)} ${given(p)}`,
      other: (p: Names) => {
        const other = latin ? `${p.givenName} ${p.familyName}` : `${p.givenNameLatin} ${p.familyNameLatin}`;
        return other === `${given(p)} ${family(p)}` ? null : other;
      },
    };
  }, [latin]);
}

/** Languages offered for the language rows (ISO 639 codes, named by the browser in the UI language). */
export const languageCodes = [
  'sr',
  'bg',
  'en',
  'de',
  'fr',
  'ru',
  'it',
  'es',
  'hu',
  'ro',
  'sk',
  'mk',
  'hr',
  'bs',
  'sl',
  'sq',
  'tr',
  'el',
  'uk',
  'pl',
  'cs',
  'rom',
  'zh',
  'ar',
] as const;

/** The name of a language in the UI language ("српски", "English"), or its code if unknown. */
export function useLanguageName() {
  const locale = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    return (code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
