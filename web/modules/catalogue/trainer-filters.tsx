import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { trainerKinds, trainerStatuses } from '../../../contracts/learning-trainers';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { CountryFilter, TopicAreaFilter, useCountryParam } from './catalogue-filters';

/** The register's search and filters, kept in the address; `params` is what the list endpoints take. */
export function useTrainerFilters() {
  const search = useUrlSearch();
  const [country, setCountry] = useCountryParam();
  const [topicArea, setTopicArea] = useUrlParam('topicArea');
  const [kind, setKind] = useUrlParam('kind');
  const [status, setStatus] = useUrlParam('status');
  const values = { country, topicArea, kind, status };
  return {
    search,
    values,
    set: { country: setCountry, topicArea: setTopicArea, kind: setKind, status: setStatus },
    params: { q: search.query, ...values },
    filtered: Boolean(search.query || Object.values(values).some(Boolean)),
  };
}

/**
 * Search by name or accreditation number; filter by country, area, kind and status (the public
 * register holds no suspended trainer).
 */
export function TrainerFilters({
  filters,
  publicOnly,
}: {
  filters: ReturnType<typeof useTrainerFilters>;
  publicOnly?: boolean;
}) {
  const { t } = useTranslation('catalogue');
  const { values, set } = filters;
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('filters.label')}>
      <SearchInput search={filters.search} description={t('trainers.searchHint')} />
      <CountryFilter value={values.country} onChange={set.country} />
      <TopicAreaFilter country={values.country} value={values.topicArea} onChange={set.topicArea} />
      <FilterSelect
        label={t('fields.kind')}
        value={values.kind || null}
        onChange={set.kind}
        options={trainerKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <FilterSelect
        label={t('fields.status')}
        value={values.status || null}
        onChange={set.status}
        options={trainerStatuses
          .filter((s) => !publicOnly || s !== 'suspended')
          .map((s) => ({ value: s, label: t(`trainerStatus.${s}`) }))}
      />
    </Group>
  );
}
