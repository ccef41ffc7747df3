import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../contracts/learning-catalogue';
import { usePagedList } from '../../app/queries';
import { LoadMoreButton } from '../../components/load-more-button';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from './catalogue-frame';
import { publicProgrammesKey } from './catalogue-queries';
import { ProgrammeCard } from './programme-card';
import { ProgrammeFilters, useProgrammeFilters } from './programme-filters';

/** The published programmes of every country's catalogue, for anyone: search, filters, cards. */
export function PublicCataloguePage() {
  const { t } = useTranslation('catalogue');
  const filters = useProgrammeFilters();
  const list = usePagedList<Programme>(publicProgrammesKey, '/public/programmes', {
    ...filters.params,
    limit: 24,
  });

  return (
    <CatalogueFrame>
      <Page title={t('public.title')}>
        <Text c="dimmed" maw={800}>
          {t('public.intro')}
        </Text>
        <ProgrammeFilters filters={filters} />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <EmptyNotice
            title={filters.filtered ? t('public.noMatches') : t('public.empty')}
            description={filters.filtered ? t('public.noMatchesHint') : t('public.emptyHint')}
          />
        ) : (
          <>
            <SimpleGrid
              cols={{ base: 1, md: 2, lg: 3 }}
              aria-busy={list.isFetching}
              data-testid="programme-results"
            >
              {list.items.map((p) => (
                <ProgrammeCard key={p.id} programme={p} />
              ))}
            </SimpleGrid>
            <LoadMoreButton query={list} />
          </>
        )}
      </Page>
    </CatalogueFrame>
  );
}
