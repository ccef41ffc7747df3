import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { PagedItems, type PagedItemsProps } from './paged-items';

type Props<T> = Omit<PagedItemsProps<T>, 'children' | 'noMatches'> & {
  minWidth: number;
  /** The header cells (`<Table.Th scope="col">`). */
  head: ReactNode;
  /** Rows alternate and highlight on hover; off where rows expand into detail rows. */
  striped?: boolean;
  /** One row (or a fragment of rows) per item. */
  children: (item: T) => ReactNode;
};

/** A keyset-paginated list as a table (states and "load more" from PagedItems). */
export function PagedTable<T>({ minWidth, head, striped = true, children, ...paged }: Props<T>) {
  return (
    <PagedItems {...paged}>
      {(items, busy) => (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped={striped} highlightOnHover={striped} verticalSpacing="sm" aria-busy={busy}>
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items.map(children)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedItems>
  );
}
