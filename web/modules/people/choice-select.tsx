import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Omit<NativeSelectProps, 'data'> & {
  options: Array<{ value: string; label: string }>;
  'data-testid'?: string;
};

/** A required choice that starts empty ("Choose…"), so nothing is picked by accident. */
export function ChoiceSelect({ options, ...props }: Props) {
  const { t } = useTranslation();
  return <NativeSelect required data={[{ value: '', label: t('filters.choose') }, ...options]} {...props} />;
}
