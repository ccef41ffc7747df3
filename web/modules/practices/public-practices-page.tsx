import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicPractice } from '../../../contracts/practices';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { PracticeCard } from './practice-card';
import { PracticeFilters, usePracticeFilters } from './practice-filters';
import { PracticeOfWeek } from './practice-of-week';
import { practiceCountries, publicPracticesKey } from './practice-queries';

/** The municipalities' published good practices: the practice of the week, search, filters, the ranking. */
export function PublicPracticesPage() {
  const { t } = useTranslation('practices');
  const { can } = useSession();
  const filters = usePracticeFilters();
  const list = usePagedList<PublicPractice>(publicPracticesKey, '/public/practices', {
    ...filters.params,
    limit: 20,
  });
  const ranking = filters.sort === 'nominations';
  const countries = filters.values.country ? [filters.values.country] : practiceCountries;

  return (
    <CatalogueFrame>
      <Page
        title={t('list.title')}
        actions={
          can('practices.submit') ? (
            <Button component={Link} to="/practices/mine" variant="default" data-testid="practices-mine-link">
              {t('mine.title')}
            </Button>
          ) : null
        }
      >
        <Text c="dimmed" maw={800}>
          {t('list.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: countries.length }} maw={countries.length > 1 ? 1100 : 900}>
          {countries.map((country) => (
            <PracticeOfWeek key={country} country={country} />
          ))}
        </SimpleGrid>
        <PracticeFilters filters={filters} />
        <PagedItems
          list={list}
          filtered={filters.filtered}
          empty={{ title: t('list.empty'), description: t('list.emptyHint') }}
          noMatches={{ title: t('list.noMatches'), description: t('list.noMatchesHint') }}
        >
          {(items, busy) => (
            <Stack
              gap="sm"
              aria-busy={busy}
              data-testid="practice-results"
              maw={900}
              component={ranking ? 'ol' : 'div'}
              p={0}
              style={{ listStyle: 'none' }}
            >
              {items.map((p, i) =>
                ranking ? (
                  <li key={p.id}>
                    <PracticeCard practice={p} rank={i + 1} />
                  </li>
                ) : (
                  <PracticeCard key={p.id} practice={p} />
                ),
              )}
            </Stack>
          )}
        </PagedItems>
      </Page>
    </CatalogueFrame>
  );
}
