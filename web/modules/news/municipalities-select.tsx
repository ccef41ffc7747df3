import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../contracts/organisations';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useMunicipalities } from '../library/library-queries';

type Named = { id: string; name: string; nameLatin: string };

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  country: string;
  value: string[];
  onChange: (ids: string[]) => void;
};

/** The chosen municipalities' names (a saved post holds only their ids). */
function useChosen(ids: string[]): Named[] {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['organisations', 'one', id],
      queryFn: () => api.get<Organisation>(`/organisations/${id}`),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => results.flatMap((r) => (r.data ? [r.data] : [])),
  });
}

/** Municipalities of the publisher's country, found by typing their names; several may be chosen. */
export function MunicipalitiesSelect({ country, value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useMunicipalities(country, debounced);
  const chosen = useChosen(value);
  const options = new Map<string, Named>();
  for (const o of [...chosen, ...(results.data ?? [])]) options.set(o.id, o);
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={results.isFetching ? t('states.loading') : t('states.noMatches')}
      {...props}
      data={[...options.values()].map((o) => ({ value: o.id, label: format.name(o) }))}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={onChange}
    />
  );
}
