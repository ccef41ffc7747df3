import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicPractice } from '../../../contracts/practices';
import { usePracticeText } from './practice-labels';

/** One published practice in a list: title, municipality, category, period, summary and nominations. */
export function PracticeCard({ practice: p, rank }: { practice: PublicPractice; rank?: number }) {
  const { t } = useTranslation('practices');
  const text = usePracticeText();
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="practice-result">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            {rank ? (
              <Badge variant="light" radius="sm" size="lg" aria-label={t('list.rank', { rank })}>
                {rank}
              </Badge>
            ) : null}
            <Anchor
              component={Link}
              to={`/practices/${p.id}`}
              fw={600}
              lang={text.lang(p.locale)}
              style={{ overflowWrap: 'anywhere' }}
            >
              {text.text(p.locale, p.title)}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="practice-nominations">
            {t('nominations.count', { count: p.nominations })}
          </Text>
        </Group>
        <Text size="sm">
          {text.municipality(p)} · {text.category(p.countryCode, p.categoryCode)} · {text.period(p)}
        </Text>
        <Text size="sm" c="dimmed" lang={text.lang(p.locale)} lineClamp={3}>
          {text.text(p.locale, p.summary)}
        </Text>
      </Stack>
    </Card>
  );
}
