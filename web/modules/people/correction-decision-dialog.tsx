import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { appliedOnAccept, type CorrectionRequest } from '../../../contracts/correction-requests';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { type CorrectionDecision, useDecideCorrection } from './corrections-queries';
import { succeeded } from './dialog-outcome';
import { fieldErrorSink } from './form-errors';
import { LongTextInput } from './long-text-input';

type Props = {
  request: CorrectionRequest;
  decision: CorrectionDecision['decision'];
  onClose: () => void;
};

/**
 * The HR officer's answer: accepting (with an optional note) writes a plain field into the file;
 * rejecting needs a reason, which the employee reads.
 */
export function CorrectionDecisionDialog({ request, decision, onClose }: Props) {
  const { t } = useTranslation('people');
  const decide = useDecideCorrection();
  const rejecting = decision === 'reject';
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (v) => (rejecting && !v.trim() ? t('corrections.reasonRequired') : null) },
  });
  const field = t(`corrections.fields.${request.field}`);
  const applies = (appliedOnAccept as readonly string[]).includes(request.field);
  const explanation = rejecting
    ? t('corrections.rejectExplain')
    : applies
      ? t('corrections.acceptApplies', { value: request.proposed, field })
      : t('corrections.acceptManual', { field });
  const submit = form.onSubmit(({ note }) =>
    decide.mutate(
      { id: request.id, decision, note: note.trim() || null },
      {
        onSuccess: succeeded(rejecting ? t('corrections.rejected') : t('corrections.accepted'), onClose),
        onError: (error) => reportError(error, fieldErrorSink(form)),
      },
    ),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={rejecting ? t('corrections.rejectTitle') : t('corrections.acceptTitle')}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{explanation}</Text>
          <LongTextInput
            label={rejecting ? t('corrections.rejectReason') : t('corrections.acceptNote')}
            description={rejecting ? t('corrections.rejectReasonHint') : t('corrections.acceptNoteHint')}
            required={rejecting}
            data-autofocus
            data-testid="correction-note"
            {...form.getInputProps('note')}
          />
          <DialogActions
            submitLabel={rejecting ? t('corrections.reject') : t('corrections.accept')}
            loading={decide.isPending}
            onCancel={onClose}
            color={rejecting ? 'red.8' : undefined}
            testId="correction-decision-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
