import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../app/session-context';
import { LinkifiedText } from '../../components/linkified-text';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { EventPlace } from './event-place';
import { NewsFrame } from './news-frame';
import { eventIcsUrl, type ReadPost, usePost } from './news-queries';
import { usePostText } from './news-text';

/** One news post or event (`kind` from the route), for anyone it is addressed to. */
export function PostPage({ kind }: { kind: 'news' | 'events' }) {
  const { t } = useTranslation('news');
  const { me } = useSession();
  const { id = '' } = useParams();
  const post = usePost(kind, id, Boolean(me));
  const back = { to: `/${kind}`, label: t(`list.${kind}Title`) };
  return (
    <NewsFrame>
      {post.data ? (
        <PostView post={post.data} back={back} />
      ) : (
        <Page title={t('view.loadingTitle')} back={back}>
          {post.isError ? (
            <ErrorState error={post.error} onRetry={() => void post.refetch()} />
          ) : (
            <LoadingState />
          )}
        </Page>
      )}
    </NewsFrame>
  );
}

function PostView({ post: p, back }: { post: ReadPost; back: { to: string; label: string } }) {
  const { t } = useTranslation('news');
  const text = usePostText();
  const event = p.kind === 'event';
  return (
    <Page title={text.text(p.locale, p.title)} back={back}>
      <Stack gap="sm" maw={900}>
        <Text size="sm" c="dimmed">
          {t('view.publishedBy', { publisher: text.publisher(p), date: text.date(p.publishedAt) })}
        </Text>
        {event ? (
          <Stack gap={4} data-testid="event-facts">
            <Text fw={600}>{text.when(p)}</Text>
            <EventPlace post={p} />
            {/* The calendar file is public: a post for chosen municipalities only has none. */}
            {p.audience !== 'organisations' ? (
              <Button
                component="a"
                href={eventIcsUrl(p.id)}
                download
                variant="default"
                w="fit-content"
                mt="xs"
                data-testid="event-ics"
              >
                {t('calendar.addEvent')}
              </Button>
            ) : null}
          </Stack>
        ) : null}
        {p.summary ? (
          <Text fw={500} lang={text.lang(p.locale)}>
            {text.text(p.locale, p.summary)}
          </Text>
        ) : null}
        <Text
          lang={text.lang(p.locale)}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="post-body"
        >
          <LinkifiedText text={text.text(p.locale, p.body)} />
        </Text>
      </Stack>
    </Page>
  );
}
