import { Badge, Group, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import type { AdviceArea } from '../../../contracts/advisory-pack';
import type { Question, QuestionStatus } from '../../../contracts/advisory-questions';
import { serbianToLatin } from '../../../server/platform/i18n/transliterate';
import { useFormat, useLocale } from '../../app/format';

const statusColours: Record<QuestionStatus, string> = {
  submitted: 'blue',
  claimed: 'indigo',
  needs_info: 'orange',
  answered: 'teal',
  accepted: 'green',
  withdrawn: 'gray',
};

export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation('advisory');
  return (
    <Badge variant="light" color={statusColours[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Overdue" in words as well as in red, so it does not rely on colour. */
export function OverdueBadge() {
  const { t } = useTranslation('advisory');
  return (
    <Badge variant="light" color="red" tt="none" radius="sm" data-testid="overdue-badge">
      {t('due.overdue')}
    </Badge>
  );
}

/** The due date with an overdue mark, or why there is none (clock stopped, answered). */
export function DueDate({ question }: { question: Question }) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  if (!question.dueOn) {
    const why = question.status === 'needs_info' ? t('due.paused') : '—';
    return (
      <Text size="sm" c="dimmed">
        {why}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={question.overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {format.date(question.dueOn)}
      </Text>
      {question.overdue ? <OverdueBadge /> : null}
    </Group>
  );
}

/** A pack name in the reader's language and script. */
export function packText(locale: Locale, named: { name: string; nameLatin: string; nameEn: string }) {
  if (locale === 'en') return named.nameEn || named.nameLatin;
  return locale === 'sr-Latn' ? named.nameLatin || named.name : named.name;
}

/** Names of an area and its sub-topic by code; the code itself while the pack loads. */
export function useAreaNames(areas: AdviceArea[] | undefined) {
  const locale = useLocale();
  return useCallback(
    (areaCode: string, subtopicCode?: string) => {
      const area = areas?.find((a) => a.code === areaCode);
      if (!area) return areaCode;
      const subtopic = area.subtopics.find((s) => s.code === subtopicCode);
      return subtopic ? `${packText(locale, area)} — ${packText(locale, subtopic)}` : packText(locale, area);
    },
    [areas, locale],
  );
}

/**
 * Serbian texts are shown as written, except that a Latin-script reader gets Cyrillic ones in Latin
 * (the same rule as the server's). There is no reverse helper, so a Cyrillic reader sees Latin as written.
 */
export function useReadableText(countryCode: string) {
  const locale = useLocale();
  return useCallback(
    (text: string) => (countryCode === 'RS' && locale === 'sr-Latn' ? serbianToLatin(text) : text),
    [countryCode, locale],
  );
}
