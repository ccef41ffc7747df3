import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { LongTextInput } from '../people/long-text-input';

type Props = {
  title: string;
  message: string;
  /** The body key the text is sent under, so a server error lands on the field. */
  field: 'reason' | 'answer';
  label: string;
  required: boolean;
  submitLabel: string;
  danger?: boolean;
  /** Sends the text; resolves when the change is saved. */
  send: (body: Record<string, string>) => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
  testId: string;
};

/** A decision that carries a reason or a note: cancel, decline, accept. */
export function ReasonDialog(props: Props) {
  const { title, message, field, label, required, submitLabel, danger, send, onDone, onClose, testId } =
    props;
  const { t } = useTranslation('training-sessions');
  const form = useForm({
    initialValues: { [field]: '' } as Record<string, string>,
    validate: { [field]: (v: string) => (required && !v.trim() ? t('validation.reasonRequired') : null) },
  });
  const mutation = useMutation({
    mutationFn: (v: Record<string, string>) => send({ [field]: (v[field] ?? '').trim() }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{message}</Text>
          <LongTextInput
            label={label}
            required={required}
            data-autofocus
            {...form.getInputProps(field)}
            data-testid={`${testId}-text`}
          />
          <DialogActions
            submitLabel={submitLabel}
            color={danger ? 'red.8' : undefined}
            loading={mutation.isPending}
            onCancel={onClose}
            testId={`${testId}-submit`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
