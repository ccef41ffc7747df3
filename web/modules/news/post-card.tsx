import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EventPlace } from './event-place';
import type { ReadPost } from './news-queries';
import { usePostText } from './news-text';

/** One post in a list: title, publisher and date (an event: when and where), and the summary. */
export function PostCard({ post: p }: { post: ReadPost }) {
  const { t } = useTranslation('news');
  const text = usePostText();
  const event = p.kind === 'event';
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="post-result">
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/${event ? 'events' : 'news'}/${p.id}`}
            fw={600}
            lang={text.lang(p.locale)}
            style={{ overflowWrap: 'anywhere' }}
          >
            {text.text(p.locale, p.title)}
          </Anchor>
          {p.audience === 'organisations' ? (
            <Badge variant="light" color="gray" tt="none" radius="sm">
              {t('audience.forYou')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          {text.publisher(p)} · {event ? text.when(p) : text.date(p.publishedAt)}
        </Text>
        {event ? <EventPlace post={p} /> : null}
        {p.summary ? (
          <Text size="sm" c="dimmed" lang={text.lang(p.locale)} lineClamp={3}>
            {text.text(p.locale, p.summary)}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
