import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { useFormat } from '../../app/format';
import { RecheckBadge, useKnowledgeText } from './knowledge-labels';

/** One result of the public search: title, area › sub-topic, cited articles, publication date. */
export function AnswerCard({ answer: a }: { answer: PublicAnswer }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const text = useKnowledgeText();
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="knowledge-result">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/knowledge/${a.id}`}
            fw={600}
            lang={text.lang(a)}
            style={{ overflowWrap: 'anywhere' }}
          >
            {text.text(a, a.title)}
          </Anchor>
          {a.needsRecheck ? <RecheckBadge /> : null}
        </Group>
        <Text size="sm">{text.topic(a)}</Text>
        {a.lawRefs.length > 0 ? (
          <Text size="sm" c="dimmed">
            {a.lawRefs.map((r) => t('lawRef.article', { article: r.article, law: r.lawTitle })).join('; ')}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('answer.publishedBy', { body: text.body(a), date: format.date(a.publishedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
