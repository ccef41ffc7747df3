import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  options: Array<{ value: string; label: string }>;
};

/** A list filter whose first choice, "All", clears it. */
export function FilterSelect({ label, value, onChange, options }: Props) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      w={{ base: '100%', sm: 'auto' }}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: t('filters.all') }, ...options]}
    />
  );
}
