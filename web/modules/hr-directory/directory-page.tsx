import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryCard } from '../../../contracts/hr-directory';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
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
      <PagedItems
        list={list}
        filtered={filtered}
        empty={{ title: t('directory.empty'), description: t('directory.emptyHint') }}
        noMatches={{ title: t('directory.noMatches'), description: t('directory.noMatchesHint') }}
      >
        {(items, busy) => (
          <SimpleGrid
            cols={{ base: 1, md: 2, xl: 3 }}
            spacing="md"
            aria-busy={busy}
            data-testid="directory-results"
          >
            {items.map((card) => (
              <DirectoryCardView key={card.userId} card={card} />
            ))}
          </SimpleGrid>
        )}
      </PagedItems>
    </Page>
  );
}
