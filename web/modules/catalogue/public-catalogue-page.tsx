import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../contracts/learning-catalogue';
import { usePagedList } from '../../app/queries';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
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
        <PagedItems
          list={list}
          filtered={filters.filtered}
          empty={{ title: t('public.empty'), description: t('public.emptyHint') }}
          noMatches={{ title: t('public.noMatches'), description: t('public.noMatchesHint') }}
        >
          {(items, busy) => (
            <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} aria-busy={busy} data-testid="programme-results">
              {items.map((p) => (
                <ProgrammeCard key={p.id} programme={p} />
              ))}
            </SimpleGrid>
          )}
        </PagedItems>
      </Page>
    </CatalogueFrame>
  );
}
