import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  submitLabel: string;
  loading?: boolean;
  onCancel: () => void;
  /** Red for a destructive answer (reject, leave), green for adopting; the theme's colour otherwise. */
  color?: MantineColor;
  disabled?: boolean;
  /** The submit button's test id for the browser journeys. */
  testId?: string;
};

/** The foot of a dialog form: Cancel, then the submit button (Enter submits the form). */
export function DialogActions({ submitLabel, loading = false, onCancel, color, disabled, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" color={color} loading={loading} disabled={disabled} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
