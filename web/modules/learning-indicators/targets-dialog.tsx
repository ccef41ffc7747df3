import { Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { LearningTarget } from '../../../contracts/learning-indicators';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { indicatorModes } from './indicator-modes';
import { useSaveTargets } from './learning-indicators-queries';

type Props = { country: string; year: number; current: LearningTarget[]; onClose: () => void };
type Values = Record<string, number | string>;

/** The national body's targets of a year: people to train per delivery mode; empty means none. */
export function TargetsDialog({ country, year, current, onClose }: Props) {
  const { t } = useTranslation('learning-indicators');
  const save = useSaveTargets(country, year);
  const form = useForm<Values>({
    initialValues: Object.fromEntries(
      indicatorModes.map((m) => [m, current.find((c) => c.mode === m)?.trained ?? '']),
    ),
  });
  const submit = (values: Values) => {
    const items = indicatorModes.flatMap((mode) =>
      typeof values[mode] === 'number' ? [{ mode, trained: values[mode] as number }] : [],
    );
    save.mutate(items, {
      onSuccess: () => {
        notifySuccess(t('targets.saved'));
        onClose();
      },
      onError: (error) => reportError(error),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('targets.title', { year })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('targets.hint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {indicatorModes.map((mode) => (
              <NumberInput
                key={mode}
                label={t(`modes.${mode}`)}
                min={0}
                max={10_000_000}
                allowNegative={false}
                allowDecimal={false}
                thousandSeparator=" "
                data-testid={`target-${mode}`}
                {...form.getInputProps(mode)}
              />
            ))}
          </SimpleGrid>
          <DialogActions
            submitLabel={t('targets.save')}
            loading={save.isPending}
            onCancel={onClose}
            testId="targets-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
