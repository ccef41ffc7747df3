import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { answerStatuses, PublicAnswer } from '../../../contracts/advisory-answers';
import type { LawRefView } from '../../../contracts/advisory-questions';
import { packLabel } from '../../../contracts/positions';
import { serbianToLatin } from '../../../server/platform/i18n/transliterate';
import { useFormat } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { useKnowledgeAreas } from './knowledge-queries';

type AnswerStatus = (typeof answerStatuses)[number];

const statusColours: Record<AnswerStatus, string> = { draft: 'gray', published: 'green', withdrawn: 'red' };

export function AnswerStatusBadge({ status }: { status: AnswerStatus }) {
  const { t } = useTranslation('knowledge');
  return (
    <Badge variant="light" color={statusColours[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A cited law changed after the answer was last checked: said in words, not by colour alone. */
export function RecheckBadge() {
  const { t } = useTranslation('knowledge');
  return (
    <Badge variant="light" color="orange" tt="none" radius="sm" data-testid="needs-recheck">
      {t('recheck.badge')}
    </Badge>
  );
}

/** Whether this cited law was amended after the answer was last checked against it. */
export function amendedSince(ref: Pick<LawRefView, 'amendedOn'>, checkedOn: string): boolean {
  return ref.amendedOn !== null && ref.amendedOn > checkedOn;
}

/**
 * How a reader of the current language reads an answer: area › sub-topic in their language, the
 * association's name in their script, and Serbian Cyrillic texts in Latin letters for Latin-script readers
 * (Latin → Cyrillic is not lossless, so Latin texts stay as written).
 */
export function useKnowledgeText() {
  const format = useFormat();
  const areas = useKnowledgeAreas();
  const { locale } = format;
  return useMemo(
    () => ({
      areas: (countryCode: string) => areas.byCountry.get(countryCode) ?? [],
      area: (countryCode: string, code: string) => {
        const area = areas.find(countryCode, code);
        return area ? packLabel(area, locale) : code;
      },
      topic: (a: Pick<PublicAnswer, 'countryCode' | 'areaCode' | 'subtopicCode'>) => {
        const area = areas.find(a.countryCode, a.areaCode);
        const sub = area?.subtopics.find((s) => s.code === a.subtopicCode);
        return `${area ? packLabel(area, locale) : a.areaCode} › ${sub ? packLabel(sub, locale) : a.subtopicCode}`;
      },
      label: (entry: { name: string; nameLatin: string; nameEn?: string }) => packLabel(entry, locale),
      text: (a: Pick<PublicAnswer, 'locale'>, text: string) =>
        usesLatinNames(locale) && a.locale === 'sr-Cyrl' ? serbianToLatin(text) : text,
      /** The language of the texts as shown (for screen readers), when it differs from the page's. */
      lang: (a: Pick<PublicAnswer, 'locale'>) => {
        const shown = usesLatinNames(locale) && a.locale === 'sr-Cyrl' ? 'sr-Latn' : a.locale;
        return shown === locale ? undefined : shown;
      },
      body: (a: Pick<PublicAnswer, 'bodyName' | 'bodyNameLatin'>) =>
        format.name({ name: a.bodyName, nameLatin: a.bodyNameLatin }),
    }),
    [areas, format, locale],
  );
}
