import { Alert, FileInput, Modal, Progress, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds, documentTypes, type EmployeeDocument } from '../../../contracts/employee-documents';
import { DialogActions } from '../../components/dialog-actions';
import { uploadErrorText } from '../../components/multipart-upload';
import { ChoiceSelect } from './choice-select';
import { succeeded } from './dialog-outcome';
import { useUploadDocument } from './documents-queries';

type Values = { kind: EmployeeDocument['kind'] | ''; title: string; file: File | null };

// The browser's file picker offers these; the server checks the bytes and explains any refusal.
const accept = ['.pdf', '.jpg', '.jpeg', '.png', '.webp', ...documentTypes].join(',');
const fileInputProps = { 'data-testid': 'documents-file' } as ComponentProps<'input'>;

/** Add a scanned diploma, certificate, contract or decision to a personnel file, with a progress bar. */
export function DocumentUploadDialog({ employeeId, onClose }: { employeeId: string; onClose: () => void }) {
  const { t } = useTranslation('people');
  const [sent, setSent] = useState<number | null>(null);
  const form = useForm<Values>({
    initialValues: { kind: '', title: '', file: null },
    validate: {
      kind: (v) => (v ? null : t('documents.kindRequired')),
      title: (v) => (v.trim() ? null : t('documents.titleRequired')),
      file: (v) => (v ? null : t('documents.fileRequired')),
    },
  });
  const upload = useUploadDocument(employeeId, { onProgress: setSent, onSent: () => setSent(1) });
  const submit = form.onSubmit(({ kind, title, file }) => {
    if (!kind || !file) return;
    setSent(0);
    upload.mutate(
      { kind, title: title.trim(), file },
      {
        onSuccess: succeeded(t('documents.uploaded'), onClose),
        onSettled: () => setSent(null),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('documents.uploadTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="documents-upload-form">
        <Stack>
          <ChoiceSelect
            label={t('documents.kind')}
            data-autofocus
            options={documentKinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
            data-testid="documents-kind"
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('documents.documentTitle')}
            description={t('documents.titleHint')}
            required
            maxLength={300}
            data-testid="documents-title"
            {...form.getInputProps('title')}
          />
          <FileInput
            label={t('documents.file')}
            description={t('documents.fileHint')}
            required
            clearable
            accept={accept}
            fileInputProps={fileInputProps}
            {...form.getInputProps('file')}
            onChange={(file) => {
              upload.reset();
              form.setFieldValue('file', file);
            }}
          />
          {sent !== null ? (
            <Progress
              value={sent * 100}
              aria-label={t('documents.uploadProgress')}
              transitionDuration={150}
            />
          ) : null}
          {upload.isError ? (
            <Alert color="red" variant="light" title={t('documents.refused')} role="alert">
              {uploadErrorText(upload.error, t('documents.tooLarge'))}
            </Alert>
          ) : null}
          <DialogActions
            submitLabel={t('documents.submit')}
            loading={upload.isPending}
            onCancel={onClose}
            testId="documents-upload-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
