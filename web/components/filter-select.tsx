import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  options: Array<{ value: string; label: string }>;
  /**
   * For a filter whose choices depend on another (a country's topics): said, and the list disabled,
   * while there is nothing to choose from.
   */
  unavailableHint?: string;
};

/** A list filter whose first choice, "All", clears it. */
export function FilterSelect({ label, value, onChange, options, unavailableHint }: Props) {
  const { t } = useTranslation();
  const unavailable = unavailableHint !== undefined && options.length === 0;
  return (
    <NativeSelect
      label={label}
      w={{ base: '100%', sm: unavailableHint === undefined ? 'auto' : 240 }}
      value={value ?? ''}
      disabled={unavailable}
      description={unavailable ? unavailableHint : undefined}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: t('filters.all') }, ...options]}
    />
  );
}
