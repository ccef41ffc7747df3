import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportError } from '../app/problems';
import { DialogActions } from './dialog-actions';

/** What a reason dialog asks and where the answer goes; the page keeps one of these while the dialog is open. */
export type ReasonRequest = {
  title: string;
  /** What happens, in a sentence above the field. */
  message: string;
  label: string;
  /** A reason is needed (declining, revoking) or may be left out (cancelling, accepting). */
  required: boolean;
  submitLabel: string;
  danger?: boolean;
  /** The body key the text is sent under, so a server error lands on the field. */
  field?: 'reason' | 'answer' | 'note';
  /** The longest text the server takes (default 2000 characters). */
  maxLength?: number;
  /** Sends the text (a POST); resolves when the change is saved. */
  send: (body: Record<string, string>) => Promise<unknown>;
  /** After the save: refresh and say so. */
  onDone: () => void;
  /** The field gets `<testId>-text`, the submit button `<testId>-submit`. */
  testId: string;
};

/** A decision explained in words: cancelling, declining, revoking, answering a request. */
export function ReasonDialog({ onClose, ...request }: ReasonRequest & { onClose: () => void }) {
  const { title, message, label, required, submitLabel, danger, send, onDone, testId } = request;
  const field = request.field ?? 'reason';
  const { t } = useTranslation();
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
          {/* Grows with its content, up to the 2000 characters the API takes. */}
          <Textarea
            autosize
            minRows={2}
            maxLength={request.maxLength ?? 2000}
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
