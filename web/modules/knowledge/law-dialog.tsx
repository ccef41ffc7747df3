import { Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contracts/advisory-answers';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import type { Owner } from '../catalogue/programme-owners';
import { fieldErrorSink } from '../people/form-errors';

/** A new law, a change to one, or an amendment (its date and the gazette that published it). */
export type LawDialogMode = { kind: 'create' } | { kind: 'edit' | 'amend'; law: Law };

type Values = { bodyId: string; title: string; gazette: string; amendedOn: string; note: string };

type Props = {
  mode: LawDialogMode;
  /** The associations whose register the reader keeps (a new law goes into one of them). */
  bodies: Owner[];
  onSaved: () => void | Promise<void>;
  onClose: () => void;
};

export function LawDialog({ mode, bodies, onSaved, onClose }: Props) {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  const law = mode.kind === 'create' ? null : mode.law;
  const amend = mode.kind === 'amend';
  const form = useForm<Values>({
    initialValues: {
      bodyId: law?.bodyId ?? bodies[0]?.id ?? '',
      title: law?.title ?? '',
      gazette: law?.gazette ?? '',
      amendedOn: amend ? '' : (law?.amendedOn ?? ''),
      note: law?.note ?? '',
    },
    validate: {
      title: (v) => (v.trim().length < 3 ? t('laws.titleRequired') : null),
      gazette: (v) => (v.trim() ? null : t('laws.gazetteRequired')),
      amendedOn: (v) => (amend && !v ? t('laws.amendedOnRequired') : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = { gazette: v.gazette, amendedOn: v.amendedOn || null, note: v.note };
      if (amend) return api.patch<Law>(`/laws/${law?.id}`, fields);
      if (law) return api.patch<Law>(`/laws/${law.id}`, { ...fields, title: v.title });
      return api.post<Law>('/laws', { ...fields, title: v.title, bodyId: v.bodyId });
    },
    onSuccess: async () => {
      notifySuccess(t(`laws.saved.${mode.kind}`));
      await onSaved();
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });
  return (
    <Modal opened onClose={onClose} title={t(`laws.dialog.${mode.kind}`)} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="law-form">
        <Stack>
          {mode.kind === 'create' && bodies.length > 1 ? (
            <NativeSelect
              label={t('fields.body')}
              data={bodies.map((b) => ({ value: b.id, label: b.name }))}
              {...form.getInputProps('bodyId')}
            />
          ) : null}
          {amend ? (
            <DateField
              label={t('fields.amendedOn')}
              required
              data-autofocus
              {...form.getInputProps('amendedOn')}
            />
          ) : (
            <TextInput
              label={t('fields.law')}
              required
              maxLength={400}
              data-autofocus
              data-testid="law-title"
              {...form.getInputProps('title')}
            />
          )}
          <TextInput
            label={t('fields.gazette')}
            description={t('laws.gazetteHint')}
            required
            maxLength={400}
            data-testid="law-gazette"
            {...form.getInputProps('gazette')}
          />
          {amend ? null : <DateField label={t('fields.amendedOn')} {...form.getInputProps('amendedOn')} />}
          <Textarea
            label={t('fields.note')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          <DialogActions
            submitLabel={mode.kind === 'create' ? t('laws.add') : tc('actions.save')}
            onCancel={onClose}
            loading={save.isPending}
            testId="law-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
