import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  deliveryModes,
  programmeParts,
  programmeStatuses,
  targetGroups,
} from '../../../contracts/learning-catalogue';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { CountryFilter, TopicAreaFilter, useCountryParam } from './catalogue-filters';

/**
 * The catalogue's search and filters, kept in the address; `params` is what the list endpoints take
 * (the status only in the app: the public catalogue holds published programmes only).
 */
export function useProgrammeFilters(withStatus = false) {
  const search = useUrlSearch();
  const [country, setCountry] = useCountryParam();
  const [topicArea, setTopicArea] = useUrlParam('topicArea');
  const [deliveryMode, setDeliveryMode] = useUrlParam('deliveryMode');
  const [targetGroup, setTargetGroup] = useUrlParam('targetGroup');
  const [part, setPart] = useUrlParam('part');
  const [statusParam, setStatus] = useUrlParam('status');
  const status = withStatus ? statusParam : '';
  const values = { country, topicArea, deliveryMode, targetGroup, part, status };
  return {
    search,
    values,
    withStatus,
    set: {
      country: setCountry,
      topicArea: setTopicArea,
      deliveryMode: setDeliveryMode,
      targetGroup: setTargetGroup,
      part: setPart,
      status: setStatus,
    },
    params: { q: search.query, ...values },
    filtered: Boolean(search.query || Object.values(values).some(Boolean)),
  };
}

type Filters = ReturnType<typeof useProgrammeFilters>;

/** Search box and filters above a programme list; the in-app list adds the status. */
export function ProgrammeFilters({ filters }: { filters: Filters }) {
  const { t } = useTranslation('catalogue');
  const { values, set } = filters;
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('filters.label')}>
      <SearchInput search={filters.search} description={t('filters.searchHint')} />
      <CountryFilter value={values.country} onChange={set.country} />
      <TopicAreaFilter country={values.country} value={values.topicArea} onChange={set.topicArea} />
      <FilterSelect
        label={t('fields.deliveryMode')}
        value={values.deliveryMode || null}
        onChange={set.deliveryMode}
        options={deliveryModes.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
      />
      <FilterSelect
        label={t('fields.targetGroup')}
        value={values.targetGroup || null}
        onChange={set.targetGroup}
        options={targetGroups.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))}
      />
      <FilterSelect
        label={t('fields.part')}
        value={values.part || null}
        onChange={set.part}
        options={programmeParts.map((p) => ({ value: p, label: t(`parts.${p}`) }))}
      />
      {filters.withStatus ? (
        <FilterSelect
          label={t('fields.status')}
          value={values.status || null}
          onChange={set.status}
          options={programmeStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      ) : null}
    </Group>
  );
}
