import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { LoadMoreButton } from '../../components/load-more-button';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import type { useNewsFilters } from './news-filters';
import { postsKey, postsPath, type ReadPost } from './news-queries';
import { PostCard } from './post-card';

/** The news or the upcoming events a reader may read, as cards, with "load more". */
export function PostList({
  kind,
  filters,
}: {
  kind: 'news' | 'events';
  filters: ReturnType<typeof useNewsFilters>;
}) {
  const { t } = useTranslation('news');
  const { me } = useSession();
  const list = usePagedList<ReadPost>(postsKey, postsPath(kind, Boolean(me)), {
    ...filters.params,
    limit: 20,
  });
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0)
    return (
      <EmptyNotice
        title={filters.filtered ? t('list.noMatches') : t(`list.${kind}Empty`)}
        description={filters.filtered ? t('list.noMatchesHint') : t(`list.${kind}EmptyHint`)}
      />
    );
  return (
    <>
      <Stack gap="sm" aria-busy={list.isFetching} data-testid="post-results" maw={900}>
        {list.items.map((p) => (
          <PostCard key={p.id} post={p} />
        ))}
      </Stack>
      <LoadMoreButton query={list} />
    </>
  );
}
