import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { usePracticeText } from './practice-labels';
import { practiceCountries } from './practice-queries';

type Key = 'country' | 'categoryCode' | 'year' | 'sort';

/** The years a practice may have started in, newest first (the public filter's choices). */
const years = Array.from({ length: 16 }, (_, i) => String(new Date().getFullYear() - i));

/** The public search's state, kept in the address so a result list (or the ranking) can be shared. */
export function usePracticeFilters() {
  const [params, setParams] = useSearchParams();
  const search = useUrlSearch();
  const get = (key: Key) => params.get(key) ?? '';
  // Changing the country clears the category: categories belong to a country's pack.
  const set = (key: Key) => (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'country') next.delete('categoryCode');
        return next;
      },
      { replace: true },
    );
  const values = { country: get('country'), categoryCode: get('categoryCode'), year: get('year') };
  const sort = get('sort') === 'nominations' ? 'nominations' : 'newest';
  return {
    search,
    values,
    sort,
    set,
    params: { q: search.query, ...values, sort },
    filtered: Boolean(search.query || Object.values(values).some(Boolean)),
  };
}

/** Search words, country, category, year, and the order: newest first or the ranking by nominations. */
export function PracticeFilters({ filters }: { filters: ReturnType<typeof usePracticeFilters> }) {
  const { t } = useTranslation('practices');
  const { t: tc } = useTranslation();
  const text = usePracticeText();
  const { country, categoryCode, year } = filters.values;
  const categories = text.categories(country);
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="md" wrap="wrap">
        <SearchInput search={filters.search} description={t('list.searchHint')} />
        <FilterSelect
          label={t('fields.country')}
          value={country || null}
          onChange={filters.set('country')}
          options={practiceCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
        />
        <FilterSelect
          label={t('fields.category')}
          value={categoryCode || null}
          onChange={filters.set('categoryCode')}
          options={categories.map((c) => ({ value: c.code, label: text.label(c) }))}
          unavailableHint={t('list.chooseCountry')}
        />
        <FilterSelect
          label={t('fields.year')}
          value={year || null}
          onChange={filters.set('year')}
          options={years.map((y) => ({ value: y, label: y }))}
        />
      </Group>
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="practice-sort-label">
          {t('list.sort')}
        </Text>
        <SegmentedControl
          aria-labelledby="practice-sort-label"
          value={filters.sort}
          onChange={(v) => filters.set('sort')(v === 'newest' ? null : v)}
          data={[
            { value: 'newest', label: t('list.newest') },
            { value: 'nominations', label: t('list.mostNominated') },
          ]}
          data-testid="practice-sort"
        />
      </Group>
    </Stack>
  );
}
