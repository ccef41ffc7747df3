import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contracts/advisory-answers';
import type { LawRef } from '../../../contracts/advisory-questions';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { filledLawRefs, LawRefsEditor } from './law-refs-editor';

export type MessageRequest = {
  title: string;
  /** What happens, in a sentence above the field. */
  message: string;
  label: string;
  submitLabel: string;
  /** The answer also names the laws it rests on (starting from the question's). */
  lawRefs?: { laws: Law[]; initial: LawRef[] };
  /** Sends `{ text, lawRefs? }`; field errors come back on those names. */
  send: (body: { text: string; lawRefs?: LawRef[] }) => Promise<unknown>;
  onDone: () => void;
  /** The field gets `<testId>-text`, the submit button `<testId>-submit`. */
  testId: string;
};

type Values = { text: string; lawRefs: LawRef[] };

/** One turn of the conversation: asking back, replying or answering. */
export function MessageDialog({ onClose, ...request }: MessageRequest & { onClose: () => void }) {
  const { title, message, label, submitLabel, lawRefs, send, onDone, testId } = request;
  const { t } = useTranslation('advisory');
  const form = useForm<Values>({
    initialValues: { text: '', lawRefs: lawRefs?.initial ?? [] },
    validate: {
      text: (v) => (v.trim() ? null : t('validation.textRequired')),
      lawRefs: (v) =>
        filledLawRefs(v).some((r) => !r.lawId || !r.article) ? t('validation.lawRefIncomplete') : null,
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      send({ text: v.text.trim(), ...(lawRefs ? { lawRefs: filledLawRefs(v.lawRefs) } : {}) }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  return (
    <Modal opened onClose={onClose} title={title} centered size={lawRefs ? 'xl' : 'lg'}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{message}</Text>
          <Textarea
            autosize
            minRows={5}
            maxRows={16}
            maxLength={20000}
            label={label}
            required
            data-autofocus
            {...form.getInputProps('text')}
            data-testid={`${testId}-text`}
          />
          {lawRefs ? (
            <LawRefsEditor
              laws={lawRefs.laws}
              value={form.getValues().lawRefs}
              onChange={(refs) => form.setFieldValue('lawRefs', refs)}
              error={typeof form.errors.lawRefs === 'string' ? form.errors.lawRefs : undefined}
              testId={`${testId}-laws`}
            />
          ) : null}
          <DialogActions
            submitLabel={submitLabel}
            loading={mutation.isPending}
            onCancel={onClose}
            testId={`${testId}-submit`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
