import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useUrlSearch } from '../app/url-state';

/** A list's search box; the text is debounced into the address (`?q=`) by `useUrlSearch`. */
export function SearchInput({
  search,
  description,
}: {
  search: ReturnType<typeof useUrlSearch>;
  description: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('actions.search')}
      description={description}
      type="search"
      value={search.text}
      onChange={(e) => search.setText(e.currentTarget.value)}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
