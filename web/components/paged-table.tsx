import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { usePagedList } from '../app/queries';
import { LoadMoreButton } from './load-more-button';
import { EmptyNotice, ErrorState, LoadingState } from './query-states';

type Props<T> = {
  list: ReturnType<typeof usePagedList<T>>;
  /** Whether a search or filter is applied: an empty result then says "nothing matches". */
  filtered: boolean;
  /** What an empty list says when nothing is filtered. */
  empty: { title: string; description: string };
  minWidth: number;
  /** The header cells (`<Table.Th scope="col">`). */
  head: ReactNode;
  /** Rows alternate and highlight on hover; off where rows expand into detail rows. */
  striped?: boolean;
  /** One row (or a fragment of rows) per item. */
  children: (item: T) => ReactNode;
};

/** Every keyset-paginated list page: loading, error, empty and "nothing matches" states, the table, "load more". */
export function PagedTable<T>({ list, filtered, empty, minWidth, head, striped = true, children }: Props<T>) {
  const { t } = useTranslation();
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0)
    return (
      <EmptyNotice
        title={filtered ? t('states.noMatches') : empty.title}
        description={filtered ? t('states.noMatchesHint') : empty.description}
      />
    );
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped={striped} highlightOnHover={striped} verticalSpacing="sm" aria-busy={list.isFetching}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{list.items.map(children)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton query={list} />
    </>
  );
}
