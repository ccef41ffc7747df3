import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryCard } from '../../../contracts/hr-directory';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { LoadMoreButton } from '../../components/load-more-button';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { SearchInput } from '../../components/search-input';
import { DirectoryCardView } from './directory-card-view';
import { directoryCountries, directoryKey, useDirectoryOrganisations } from './directory-queries';

/** The HR network's colleagues who chose to be listed: one search over both scripts, two filters. */
export function DirectoryPage() {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const search = useUrlSearch();
  const [country, setCountry] = useUrlParam('country');
  const [organisationId, setOrganisationId] = useUrlParam('organisationId');
  const organisations = useDirectoryOrganisations(country);
  const list = usePagedList<DirectoryCard>(directoryKey, '/directory', {
    q: search.query,
    country,
    organisationId,
    limit: 30,
  });
  const filtered = Boolean(search.query || country || organisationId);

  return (
    <Page
      title={t('directory.title')}
      actions={
        <Button component={Link} to="/network/directory/me" variant="default" data-testid="my-card">
          {t('directory.myCard')}
        </Button>
      }
    >
      <Text c="dimmed" maw={800}>
        {t('directory.intro')}
      </Text>
      <Group align="flex-start" gap="md" wrap="wrap">
        <SearchInput search={search} description={t('directory.searchHint')} />
        <FilterSelect
          label={t('directory.country')}
          value={country || null}
          onChange={(value) => {
            setCountry(value);
            setOrganisationId(null);
          }}
          options={directoryCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
        />
        <FilterSelect
          label={t('directory.organisation')}
          value={organisationId || null}
          onChange={setOrganisationId}
          options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: format.name(o) }))}
        />
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        <EmptyNotice
          title={filtered ? t('directory.noMatches') : t('directory.empty')}
          description={filtered ? t('directory.noMatchesHint') : t('directory.emptyHint')}
        />
      ) : (
        <>
          <SimpleGrid
            cols={{ base: 1, md: 2, xl: 3 }}
            spacing="md"
            aria-busy={list.isFetching}
            data-testid="directory-results"
          >
            {list.items.map((card) => (
              <DirectoryCardView key={card.userId} card={card} />
            ))}
          </SimpleGrid>
          <LoadMoreButton query={list} />
        </>
      )}
    </Page>
  );
}
