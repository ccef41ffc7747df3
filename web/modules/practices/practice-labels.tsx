import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import { packLabel } from '../../../contracts/positions';
import type { PracticeStatus, PublicPractice } from '../../../contracts/practices';
import { serbianToLatin } from '../../../server/platform/i18n/transliterate';
import { useFormat } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { usePracticeCategories } from './practice-queries';

const statusColours: Record<PracticeStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  published: 'green',
  rejected: 'red',
};

export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  const { t } = useTranslation('practices');
  return (
    <Badge variant="light" color={statusColours[status]} tt="none" radius="sm" data-testid="practice-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The four criteria of the association's judgement, in the order they are shown and asked. */
export const scoreCriteria = ['innovation', 'impact', 'sustainability', 'transferability'] as const;

/**
 * How a reader of the current language reads a practice: the category in their language, the
 * municipality in their script, Serbian Cyrillic texts in Latin letters for Latin-script readers
 * (Latin → Cyrillic is not lossless, so Latin texts stay as written) and the period as dates.
 */
export function usePracticeText() {
  const format = useFormat();
  const categories = usePracticeCategories();
  const { t } = useTranslation('practices');
  const { locale } = format;
  return useMemo(() => {
    const shown = (written: Locale) =>
      usesLatinNames(locale) && written === 'sr-Cyrl' ? 'sr-Latn' : written;
    return {
      categories: (countryCode: string) => categories.byCountry.get(countryCode) ?? [],
      categoriesPending: categories.pending,
      category: (countryCode: string, code: string) => {
        const category = categories.find(countryCode, code);
        return category ? packLabel(category, locale) : code;
      },
      label: (entry: { name: string; nameLatin: string; nameEn?: string }) => packLabel(entry, locale),
      text: (written: Locale, text: string) => (shown(written) === written ? text : serbianToLatin(text)),
      /** The language of the texts as shown (for screen readers), when it differs from the page's. */
      lang: (written: Locale) => (shown(written) === locale ? undefined : shown(written)),
      municipality: (p: Pick<PublicPractice, 'organisationName' | 'organisationNameLatin'>) =>
        format.name({ name: p.organisationName, nameLatin: p.organisationNameLatin }),
      period: (p: Pick<PublicPractice, 'periodFrom' | 'periodTo'>) =>
        p.periodTo
          ? t('period.range', { from: format.date(p.periodFrom), to: format.date(p.periodTo) })
          : t('period.since', { from: format.date(p.periodFrom) }),
    };
  }, [categories, format, locale, t]);
}
