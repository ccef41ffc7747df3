import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { useKnowledgeText } from './knowledge-labels';
import { knowledgeCountries, useLaws } from './knowledge-queries';

/** Fields that depend on a wider one: changing the country clears them all, the area its sub-topic. */
const dependants: Record<string, string[]> = {
  country: ['areaCode', 'subtopicCode', 'lawId', 'article'],
  areaCode: ['subtopicCode'],
  lawId: ['article'],
};

/** The public search's state, kept in the address so a result list can be shared. */
export function useKnowledgeFilters() {
  const [params, setParams] = useSearchParams();
  const search = useUrlSearch();
  // The article is typed: debounced into the address like the search words.
  const article = useUrlSearch('article');
  const get = (key: string) => params.get(key) ?? '';
  // One update per change: two in a row would each start from the same old address.
  const set = (key: string) => (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        for (const dependant of dependants[key] ?? []) next.delete(dependant);
        return next;
      },
      { replace: true },
    );
  const values = {
    country: get('country'),
    areaCode: get('areaCode'),
    subtopicCode: get('subtopicCode'),
    lawId: get('lawId'),
  };
  return {
    search,
    values,
    article,
    set,
    params: { q: search.query, ...values, article: values.lawId ? article.query : '' },
    filtered: Boolean(search.query || Object.values(values).some(Boolean)),
  };
}

/** Search words, country, area and sub-topic, law and article. */
export function KnowledgeFilters({ filters }: { filters: ReturnType<typeof useKnowledgeFilters> }) {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  const text = useKnowledgeText();
  const { country, areaCode, lawId } = filters.values;
  const area = text.areas(country).find((a) => a.code === areaCode);
  const laws = useLaws(country);
  const select = (
    key: 'areaCode' | 'subtopicCode' | 'lawId',
    label: string,
    options: Array<{ value: string; label: string }>,
    hint: string,
  ) => (
    <FilterSelect
      label={label}
      value={filters.values[key] || null}
      onChange={filters.set(key)}
      options={options}
      unavailableHint={hint}
    />
  );
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <SearchInput search={filters.search} description={t('public.searchHint')} />
      <FilterSelect
        label={t('fields.country')}
        value={country || null}
        onChange={filters.set('country')}
        options={knowledgeCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
      />
      {select(
        'areaCode',
        t('fields.area'),
        text.areas(country).map((a) => ({ value: a.code, label: text.label(a) })),
        t('public.chooseCountry'),
      )}
      {select(
        'subtopicCode',
        t('fields.subtopic'),
        (area?.subtopics ?? []).map((s) => ({ value: s.code, label: text.label(s) })),
        t('public.chooseArea'),
      )}
      {select(
        'lawId',
        t('fields.law'),
        (laws.data?.items ?? []).map((l) => ({ value: l.id, label: l.title })),
        t('public.chooseCountry'),
      )}
      {lawId ? (
        <TextInput
          label={t('fields.article')}
          w={{ base: '100%', sm: 120 }}
          maxLength={40}
          value={filters.article.text}
          onChange={(e) => filters.article.setText(e.currentTarget.value)}
        />
      ) : null}
    </Group>
  );
}
