import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Appraisal, FinaliseInput } from '../../../contracts/appraisals';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { today } from '../positions/positions-queries';
import { useAppraisalChange } from './appraisals-queries';

/** The HR officer closes the appraisal by a numbered decision; it is locked from then on. */
export function FinaliseDialog({ appraisal, onClose }: { appraisal: Appraisal; onClose: () => void }) {
  const { t } = useTranslation('appraisals');
  const change = useAppraisalChange(appraisal.id);
  const form = useForm({
    initialValues: { registerNumber: '', decisionDate: today() },
    validate: { decisionDate: (v) => (v ? null : t('decision.dateRequired')) },
  });
  const submit = form.onSubmit(({ registerNumber, decisionDate }) => {
    const body: FinaliseInput = {
      decisionDate,
      ...(registerNumber.trim() ? { registerNumber: registerNumber.trim() } : {}),
    };
    change.mutate([{ method: 'post', path: '/finalise', body }], {
      onSuccess: (fresh) => {
        notifySuccess(t('decision.done', { number: fresh?.registerNumber ?? '' }));
        onClose();
      },
      onError: (error) => reportError(error, form),
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('decision.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('decision.message')}</Text>
          <TextInput
            label={t('decision.registerNumber')}
            description={t('decision.registerNumberHint')}
            maxLength={60}
            data-autofocus
            data-testid="finalise-register-number"
            {...form.getInputProps('registerNumber')}
          />
          <DateField
            label={t('decision.date')}
            required
            max={today()}
            data-testid="finalise-date"
            {...form.getInputProps('decisionDate')}
          />
          <DialogActions
            submitLabel={t('decision.submit')}
            loading={change.isPending}
            onCancel={onClose}
            testId="finalise-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
