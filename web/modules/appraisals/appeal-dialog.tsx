import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DetailList } from '../../components/detail-list';
import { DialogActions } from '../../components/dialog-actions';
import { LongTextInput } from '../people/long-text-input';
import { useAppraisalChange } from './appraisals-queries';

const minReason = 10;

/** The official appeals against (objects to) the decision, within the window the law gives. */
export function AppealDialog({ appraisal, onClose }: { appraisal: Appraisal; onClose: () => void }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const change = useAppraisalChange(appraisal.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (v) => (v.trim().length >= minReason ? null : t('appeal.reasonTooShort', { min: minReason })),
    },
  });
  const submit = form.onSubmit(({ reason }) =>
    change.mutate([{ method: 'post', path: '/appeal', body: { reason: reason.trim() } }], {
      onSuccess: () => {
        notifySuccess(t('appeal.filed'));
        onClose();
      },
      onError: (error) => reportError(error, form),
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('appeal.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('appeal.intro', { days: appraisal.rules.appealDays })}</Text>
          <DetailList
            items={[{ label: t('decision.appealDeadline'), value: format.date(appraisal.appealDeadline) }]}
          />
          <LongTextInput
            label={t('appeal.reason')}
            description={t('appeal.reasonHint', { min: minReason })}
            required
            maxLength={4000}
            data-autofocus
            data-testid="appeal-reason"
            {...form.getInputProps('reason')}
          />
          <DialogActions
            submitLabel={t('appeal.submit')}
            loading={change.isPending}
            onCancel={onClose}
            testId="appeal-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
