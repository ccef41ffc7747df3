import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';
import { FilterSelect } from '../../components/filter-select';
import { catalogueCountries, useTopicAreas } from './catalogue-queries';

/**
 * The country filter in the address. Topic areas belong to a country's catalogue, so a change of
 * country clears the area: in one update, as two in a row would each start from the same old address.
 */
export function useCountryParam(): [string, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('country', value);
        else next.delete('country');
        next.delete('topicArea');
        return next;
      },
      { replace: true },
    );
  return [params.get('country') ?? '', set];
}

/** Serbia or Bulgaria. */
export function CountryFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  return (
    <FilterSelect
      label={t('fields.country')}
      value={value || null}
      onChange={onChange}
      options={catalogueCountries.map((c) => ({ value: c, label: tc(`countries.${c}`) }))}
    />
  );
}

/** The chosen country's topic areas; with no country chosen, every country's, grouped by country. */
export function TopicAreaFilter({
  country,
  value,
  onChange,
}: {
  country: string;
  value: string;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const areas = useTopicAreas();
  const options = (code: string) =>
    (areas.byCountry.get(code) ?? []).map((a) => ({ value: a.code, label: packLabel(a, locale) }));
  const data = country
    ? options(country)
    : catalogueCountries.map((c) => ({ group: tc(`countries.${c}`), items: options(c) }));
  return (
    <NativeSelect
      label={t('fields.topicArea')}
      w={{ base: '100%', sm: 260 }}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: tc('filters.all') }, ...data]}
    />
  );
}
