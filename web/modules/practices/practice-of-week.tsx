import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PracticeCard } from './practice-card';
import { usePracticeOfTheWeek } from './practice-queries';

/** A country's practice of the week with the association's note; nothing when it has none. */
export function PracticeOfWeek({ country }: { country: string }) {
  const { t } = useTranslation('practices');
  const { t: tc } = useTranslation();
  const week = usePracticeOfTheWeek(country);
  if (!week.data) return null;
  const { practice, note } = week.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby={`week-${country}`} data-testid="practice-of-week">
      <Title order={2} size="h4" id={`week-${country}`}>
        {t('week.title', { country: tc(`countries.${country}`) })}
      </Title>
      <PracticeCard practice={practice} />
      {note ? (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}
