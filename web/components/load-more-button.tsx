import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Pager = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/** Keyset pagination: fetches the next page with the previous page's `nextCursor`. */
export function LoadMoreButton({ query }: { query: Pager }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {t('actions.loadMore')}
      </Button>
    </Center>
  );
}
