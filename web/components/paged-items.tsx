import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { usePagedList } from '../app/queries';
import { LoadMoreButton } from './load-more-button';
import { EmptyNotice, ErrorState, LoadingState } from './query-states';

type Notice = { title: string; description: string };

export type PagedItemsProps<T> = {
  list: ReturnType<typeof usePagedList<T>>;
  /** Whether a search or filter is applied: an empty result then says "nothing matches". */
  filtered: boolean;
  /** What an empty list says when nothing is filtered. */
  empty: Notice;
  /** What an empty filtered list says, where the page has words of its own for it. */
  noMatches?: Notice;
  /** Lays the items out (cards, a grid, table rows); `busy` while a newer page is fetched. */
  children: (items: T[], busy: boolean) => ReactNode;
};

/** Every keyset-paginated list: loading, error, empty and "nothing matches" states, the items, "load more". */
export function PagedItems<T>({ list, filtered, empty, noMatches, children }: PagedItemsProps<T>) {
  const { t } = useTranslation();
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0) {
    const notice = filtered
      ? (noMatches ?? { title: t('states.noMatches'), description: t('states.noMatchesHint') })
      : empty;
    return <EmptyNotice title={notice.title} description={notice.description} />;
  }
  return (
    <>
      {children(list.items, list.isFetching)}
      <LoadMoreButton query={list} />
    </>
  );
}
