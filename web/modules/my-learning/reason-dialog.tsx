import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { LongTextInput } from '../people/long-text-input';
import { useLearningAction } from './my-learning-queries';

export type ReasonAction = {
  /** The POST that takes `{ reason }`, e.g. `/enrolments/:id/cancel`. */
  path: string;
  title: string;
  /** What happens, in a sentence above the field. */
  message: string;
  label: string;
  /** A reason is needed (declining, revoking) or may be left out (cancelling). */
  required: boolean;
  submitLabel: string;
  done: string;
};

/** A change that is explained in words: cancelling a place, declining it, revoking a certificate. */
export function ReasonDialog({ action, onClose }: { action: ReasonAction; onClose: () => void }) {
  const { t } = useTranslation('my-learning');
  const post = useLearningAction();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (action.required && !v.trim() ? t('reason.required') : null) },
  });
  const submit = form.onSubmit(({ reason }) =>
    post.mutate(
      { path: action.path, body: { reason: reason.trim() } },
      {
        onSuccess: () => {
          notifySuccess(action.done);
          onClose();
        },
        onError: (error) => reportError(error, form),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={action.title} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{action.message}</Text>
          <LongTextInput
            label={action.label}
            required={action.required}
            data-autofocus
            data-testid="reason"
            {...form.getInputProps('reason')}
          />
          <DialogActions
            submitLabel={action.submitLabel}
            loading={post.isPending}
            onCancel={onClose}
            color="red.8"
            testId="reason-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
