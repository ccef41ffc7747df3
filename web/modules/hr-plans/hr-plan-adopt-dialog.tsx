import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HrPlanAdopt, HrPlanDetail } from '../../../contracts/hr-plans';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useRefreshHrPlans } from './hr-plans-queries';

/** Adopt a draft plan under the number of the act that adopted it; the plan is locked afterwards. */
export function HrPlanAdoptDialog({ plan, onClose }: { plan: HrPlanDetail; onClose: () => void }) {
  const { t } = useTranslation('hr-plans');
  const refresh = useRefreshHrPlans();
  const form = useForm<HrPlanAdopt>({
    initialValues: { actNumber: plan.actNumber ?? '' },
    validate: { actNumber: (v) => (v.trim() ? null : t('adopt.actNumberRequired')) },
  });
  const adopt = useMutation({
    mutationFn: (v: HrPlanAdopt) => api.post<HrPlanDetail>(`/hr-plans/${plan.id}/adopt`, v),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('adopt.done', { year: plan.year }));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Modal opened onClose={onClose} title={t('adopt.title', { year: plan.year })} centered>
      <form onSubmit={form.onSubmit((v) => adopt.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('adopt.message')}</Text>
          <TextInput
            label={t('fields.actNumber')}
            required
            data-autofocus
            {...form.getInputProps('actNumber')}
          />
          <DialogActions submitLabel={t('adopt.confirm')} onCancel={onClose} loading={adopt.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
