import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useMunicipalities } from './library-queries';

type Named = { id: string; name: string; nameLatin: string };

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  country: string | undefined;
  value: string | null;
  /** The municipality already chosen (editing), so its name shows before any search. */
  chosen: Named | null;
  onChange: (id: string | null) => void;
};

/** The municipality of the publisher's country a document is shared with, found by typing its name. */
export function AudienceSelect({ country, value, chosen, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [picked, setPicked] = useState<Named | null>(chosen);
  const chosenLabel = picked ? format.name(picked) : null;
  // While the box shows the chosen name, list around it rather than filtering by that name.
  const q = debounced === chosenLabel ? '' : debounced.trim();
  const results = useMunicipalities(country, q);
  const options = new Map<string, Named>();
  if (picked) options.set(picked.id, picked);
  for (const o of results.data ?? []) options.set(o.id, o);
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={results.isFetching ? t('states.loading') : t('states.noMatches')}
      {...props}
      data={[...options.values()].map((o) => ({ value: o.id, label: format.name(o) }))}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(id) => {
        setPicked(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
    />
  );
}
