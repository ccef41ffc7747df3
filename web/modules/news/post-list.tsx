import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { PagedItems } from '../../components/paged-items';
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
  return (
    <PagedItems
      list={list}
      filtered={filters.filtered}
      empty={{ title: t(`list.${kind}Empty`), description: t(`list.${kind}EmptyHint`) }}
      noMatches={{ title: t('list.noMatches'), description: t('list.noMatchesHint') }}
    >
      {(items, busy) => (
        <Stack gap="sm" aria-busy={busy} data-testid="post-results" maw={900}>
          {items.map((p) => (
            <PostCard key={p.id} post={p} />
          ))}
        </Stack>
      )}
    </PagedItems>
  );
}
