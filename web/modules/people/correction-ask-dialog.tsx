import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  appliedOnAccept,
  type CorrectableField,
  correctableFields,
} from '../../../contracts/correction-requests';
import type { Employee } from '../../../contracts/people';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { ChoiceSelect } from './choice-select';
import { useAskCorrection } from './corrections-queries';
import { succeeded } from './dialog-outcome';
import { fieldErrorSink } from './form-errors';
import { LongTextInput } from './long-text-input';

type Values = { field: CorrectableField | ''; proposed: string; message: string };
type PlainField = (typeof appliedOnAccept)[number];

const isPlain = (field: string): field is PlainField =>
  (appliedOnAccept as readonly string[]).includes(field);

/** The employee tells the HR office what is wrong in their file and what it should say. */
export function CorrectionAskDialog({ employee, onClose }: { employee: Employee; onClose: () => void }) {
  const { t } = useTranslation('people');
  const ask = useAskCorrection(employee.id);
  const form = useForm<Values>({
    initialValues: { field: '', proposed: '', message: '' },
    validate: {
      field: (v) => (v ? null : t('corrections.fieldRequired')),
      proposed: (v) => (v.trim() ? null : t('corrections.proposedRequired')),
    },
  });
  const { field } = form.getValues();
  const current = field && isPlain(field) ? employee[field] : null;
  const submit = form.onSubmit((v) => {
    if (!v.field) return;
    ask.mutate(
      { field: v.field, proposed: v.proposed.trim(), message: v.message.trim() || null },
      {
        onSuccess: succeeded(t('corrections.sent'), onClose),
        onError: (error) => reportError(error, fieldErrorSink(form)),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('corrections.askTitle')} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="correction-form">
        <Stack>
          <Text size="sm">{t('corrections.askIntro')}</Text>
          <ChoiceSelect
            label={t('corrections.field')}
            data-autofocus
            options={correctableFields.map((f) => ({ value: f, label: t(`corrections.fields.${f}`) }))}
            description={
              field
                ? isPlain(field)
                  ? t('corrections.appliedHint')
                  : t('corrections.manualHint')
                : undefined
            }
            data-testid="correction-field"
            {...form.getInputProps('field')}
          />
          {current ? (
            <Text size="sm" c="dimmed">
              {t('corrections.current', { value: current })}
            </Text>
          ) : null}
          <LongTextInput
            label={t('corrections.proposed')}
            description={t('corrections.proposedHint')}
            required
            data-testid="correction-proposed"
            {...form.getInputProps('proposed')}
          />
          <LongTextInput
            label={t('corrections.message')}
            description={t('corrections.messageHint')}
            data-testid="correction-message"
            {...form.getInputProps('message')}
          />
          <DialogActions
            submitLabel={t('corrections.submit')}
            loading={ask.isPending}
            onCancel={onClose}
            testId="correction-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
