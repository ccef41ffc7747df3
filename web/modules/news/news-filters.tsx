import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { newsCountries } from './news-queries';

/** The list's search words and country, kept in the address so a list can be shared. */
export function useNewsFilters() {
  const search = useUrlSearch();
  const [country, setCountry] = useUrlParam('country');
  return {
    search,
    country,
    setCountry,
    params: { q: search.query, country },
    filtered: Boolean(search.query || country),
  };
}

export function NewsFilters({ filters }: { filters: ReturnType<typeof useNewsFilters> }) {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <SearchInput search={filters.search} description={t('list.searchHint')} />
      <FilterSelect
        label={t('fields.country')}
        value={filters.country || null}
        onChange={filters.setCountry}
        options={newsCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
      />
    </Group>
  );
}
