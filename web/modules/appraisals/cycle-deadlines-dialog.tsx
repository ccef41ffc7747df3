import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppraisalCycle, AppraisalCycleUpdate } from '../../../contracts/appraisals';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { useRefreshAppraisals } from './appraisals-queries';

type Values = Required<AppraisalCycleUpdate>;

/** The three deadlines of a year; each appraisal's current step takes its due date from them. */
export function CycleDeadlinesDialog({ cycle, onClose }: { cycle: AppraisalCycle; onClose: () => void }) {
  const { t } = useTranslation('appraisals');
  const refresh = useRefreshAppraisals();
  const form = useForm<Values>({
    initialValues: { goalsDue: cycle.goalsDue, interimDue: cycle.interimDue, finalDue: cycle.finalDue },
    validate: {
      goalsDue: (v) => (v ? null : t('deadlines.required')),
      interimDue: (v, all) => (!v ? t('deadlines.required') : v < all.goalsDue ? t('deadlines.order') : null),
      finalDue: (v, all) => (!v ? t('deadlines.required') : v < all.interimDue ? t('deadlines.order') : null),
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) => api.patch<AppraisalCycle>(`/appraisal-cycles/${cycle.id}`, values),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('deadlines.saved', { year: cycle.year }));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Modal opened onClose={onClose} title={t('deadlines.title', { year: cycle.year })} centered>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('deadlines.intro')}</Text>
          <DateField label={t('deadlines.goalsDue')} required {...form.getInputProps('goalsDue')} />
          <DateField label={t('deadlines.interimDue')} required {...form.getInputProps('interimDue')} />
          <DateField label={t('deadlines.finalDue')} required {...form.getInputProps('finalDue')} />
          <DialogActions
            submitLabel={t('deadlines.submit')}
            loading={save.isPending}
            onCancel={onClose}
            testId="cycle-deadlines-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
