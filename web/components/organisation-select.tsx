import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../contracts/common';
import type { Organisation } from '../../contracts/organisations';
import { api } from '../app/api-client';
import { useFormat } from '../app/format';
import { useOrganisation } from '../app/queries';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null, organisation: Organisation | null) => void;
};

/** Pick an organisation by typing part of its name (either script); searches the server as you type. */
export function OrganisationSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useOrganisation(value);
  const selectedLabel = selected.data ? format.name(selected.data) : null;
  // While the box shows the chosen name, list around it rather than filtering by that name.
  const q = debounced === selectedLabel ? '' : debounced.trim();
  const results = useQuery({
    queryKey: ['organisations', 'options', { q }],
    queryFn: () => api.get<Page<Organisation>>('/organisations', { q, limit: 20 }),
    staleTime: 30_000,
  });
  const options = new Map<string, Organisation>();
  if (selected.data) options.set(selected.data.id, selected.data);
  for (const o of results.data?.items ?? []) options.set(o.id, o);
  const data = [...options.values()].map((o) => ({ value: o.id, label: format.name(o) }));

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={results.isFetching ? t('states.loading') : t('states.noMatches')}
      {...props}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(id) => onChange(id, id ? (options.get(id) ?? null) : null)}
    />
  );
}
