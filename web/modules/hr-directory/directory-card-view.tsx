import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectoryCard } from '../../../contracts/hr-directory';
import { useFormat } from '../../app/format';

/** One colleague as the directory shows them: name in the reader's script, how to reach them. */
export function DirectoryCardView({ card }: { card: DirectoryCard }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const name = format.name(card);
  return (
    <Card withBorder padding="md" data-testid="directory-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            {name}
          </Title>
          {card.listed ? null : (
            <Badge variant="light" color="gray">
              {t('card.hidden')}
            </Badge>
          )}
        </Group>
        {card.jobTitle ? <Text size="sm">{card.jobTitle}</Text> : null}
        <Text size="sm" c="dimmed">
          {format.name({ name: card.organisationName, nameLatin: card.organisationNameLatin })} ·{' '}
          {tc(`countries.${card.countryCode}`)}
        </Text>
        <Group gap="md">
          <Anchor href={`mailto:${card.email}`} size="sm">
            {card.email}
          </Anchor>
          {card.phone ? (
            <Anchor href={`tel:${card.phone.replace(/[^\d+]/g, '')}`} size="sm">
              {card.phone}
            </Anchor>
          ) : null}
        </Group>
        {card.expertise ? (
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t('directory.expertise')}:
            </Text>{' '}
            {card.expertise}
          </Text>
        ) : null}
        <Group gap={6} aria-label={t('directory.languages')}>
          {card.languages.map((l) => (
            <Badge key={l} variant="light" color="blue" tt="none">
              {t(`languages.${l}`)}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
