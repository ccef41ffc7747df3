import { Card, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicators } from '../../../contracts/learning-indicators';
import { useFormat } from '../../app/format';

/** The year's headline figures, then trained people against the target of each delivery mode. */
export function ModeCards({ data }: { data: Indicators }) {
  const { t } = useTranslation('learning-indicators');
  const format = useFormat();
  const totals = [
    ['trained', format.number(data.totals.trained)],
    ['people', format.number(data.totals.people)],
    ['sessions', format.number(data.totals.sessions)],
    ['hours', format.number(data.totals.hours)],
    ['trainerRating', data.totals.trainerRating === null ? '—' : format.number(data.totals.trainerRating)],
  ] as const;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} data-testid="indicator-totals">
        {totals.map(([key, value]) => (
          <Card key={key} withBorder padding="sm">
            <Text size="xs" c="dimmed">
              {t(`totals.${key}`)}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="indicator-modes">
        {data.byMode.map((m) => {
          const percent = m.target ? Math.round((m.trained / m.target) * 100) : null;
          return (
            <Card key={m.mode} withBorder padding="sm">
              <Text size="sm" fw={600}>
                {t(`modes.${m.mode}`)}
              </Text>
              <Text size="lg" fw={700}>
                {m.target === null
                  ? format.number(m.trained)
                  : t('ofTarget', { trained: format.number(m.trained), target: format.number(m.target) })}
              </Text>
              {percent === null ? (
                <Text size="xs" c="dimmed">
                  {t('noTarget')}
                </Text>
              ) : (
                <>
                  <Progress
                    value={Math.min(100, percent)}
                    mt={4}
                    aria-label={t('progress', { percent })}
                    color={percent >= 100 ? 'teal' : 'blue'}
                  />
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('progress', { percent })}
                  </Text>
                </>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </>
  );
}
