import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { documentKinds } from '../../../contracts/library-documents';
import { uiLocales } from '../../app/locale';
import { useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { useKnowledgeText } from '../knowledge/knowledge-labels';
import { knowledgeCountries } from '../knowledge/knowledge-queries';

type Key = 'country' | 'kind' | 'topic' | 'locale';

/** The search's state, kept in the address so a result list can be shared. */
export function useLibraryFilters() {
  const [params, setParams] = useSearchParams();
  const search = useUrlSearch();
  const get = (key: Key) => params.get(key) ?? '';
  // Topics are the country pack's areas: another country clears the topic.
  const set = (key: Key) => (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'country') next.delete('topic');
        return next;
      },
      { replace: true },
    );
  const values = { country: get('country'), kind: get('kind'), topic: get('topic'), locale: get('locale') };
  return {
    search,
    values,
    set,
    params: { q: search.query, ...values },
    filtered: Boolean(search.query || Object.values(values).some(Boolean)),
  };
}

/** Search words, then country, kind, topic and language. */
export function LibraryFilters({ filters }: { filters: ReturnType<typeof useLibraryFilters> }) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const text = useKnowledgeText();
  const { country, kind, topic, locale } = filters.values;
  const areas = text.areas(country);
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <SearchInput search={filters.search} description={t('list.searchHint')} />
      <FilterSelect
        label={t('fields.country')}
        value={country || null}
        onChange={filters.set('country')}
        options={knowledgeCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
      />
      <FilterSelect
        label={t('fields.kind')}
        value={kind || null}
        onChange={filters.set('kind')}
        options={documentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <FilterSelect
        label={t('fields.topic')}
        value={topic || null}
        onChange={filters.set('topic')}
        options={areas.map((a) => ({ value: a.code, label: text.label(a) }))}
        unavailableHint={t('list.chooseCountry')}
      />
      <FilterSelect
        label={t('fields.language')}
        value={locale || null}
        onChange={filters.set('locale')}
        options={uiLocales.map((l) => ({ value: l.value, label: t(`languages.${l.value}`) }))}
      />
    </Group>
  );
}
