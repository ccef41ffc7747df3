import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Programme } from '../../../contracts/learning-catalogue';
import { useCatalogueText } from './catalogue-labels';

/** One result of the public catalogue: what a visitor needs to decide whether to open it. */
export function ProgrammeCard({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation('catalogue');
  const text = useCatalogueText();
  const title = text.title(p);
  return (
    <Card withBorder padding="md" component="article" aria-label={title} data-testid="programme-card">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/catalogue/${p.id}`} inherit>
              {title}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {p.code}
          </Text>
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="blue" tt="none" radius="sm">
            {text.topicArea(p.topicArea, p.countryCode)}
          </Badge>
          <Badge variant="outline" color="gray" tt="none" radius="sm">
            {t(`parts.${p.part}`)}
          </Badge>
        </Group>
        <Text size="sm">{text.owner(p)}</Text>
        <Text size="sm" c="dimmed">
          {[text.duration(p), text.modes(p.deliveryModes)].join(' · ')}
        </Text>
        <Text size="sm" c="dimmed">
          {text.accreditation(p)}
        </Text>
      </Stack>
    </Card>
  );
}
