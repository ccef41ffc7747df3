import { Alert, FileInput, Modal, Progress, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import { useMe } from '../../app/session-context';
import { DialogActions } from '../../components/dialog-actions';
import { uploadErrorText, uploadMultipart } from '../../components/multipart-upload';
import { succeeded } from '../people/dialog-outcome';

type Values = { title: string; file: File | null };

// The types the server accepts (it checks the bytes and explains a refusal).
const accept = '.pdf,.docx,.pptx,.xlsx,.odt,.odp,.ods,.jpg,.jpeg,.png,.webp';
const fileInputProps = { 'data-testid': 'material-file' } as ComponentProps<'input'>;

/** Add a handout or slides to a programme (multipart: the `title` field, then the file), with a progress bar. */
export function MaterialUploadDialog({
  programmeId,
  onUploaded,
  onClose,
}: {
  programmeId: string;
  onUploaded: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const me = useMe();
  const [sent, setSent] = useState<number | null>(null);
  const form = useForm<Values>({
    initialValues: { title: '', file: null },
    validate: {
      title: (v) => (v.trim() ? null : t('materials.titleRequired')),
      file: (v) => (v ? null : t('materials.fileRequired')),
    },
  });
  const upload = useMutation({
    mutationFn: ({ title, file }: { title: string; file: File }) => {
      const body = new FormData();
      body.append('title', title);
      body.append('file', file, file.name);
      return uploadMultipart<ProgrammeMaterial>(
        `/api/v1/programmes/${programmeId}/materials`,
        body,
        me.csrfToken,
        { onProgress: setSent, onSent: () => setSent(1) },
      );
    },
    onSuccess: onUploaded,
  });
  const submit = form.onSubmit(({ title, file }) => {
    if (!file) return;
    setSent(0);
    upload.mutate(
      { title: title.trim(), file },
      { onSuccess: succeeded(t('materials.uploaded'), onClose), onSettled: () => setSent(null) },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('materials.uploadTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="material-upload-form">
        <Stack>
          <TextInput
            label={t('materials.materialTitle')}
            description={t('materials.titleHint')}
            required
            maxLength={300}
            data-autofocus
            data-testid="material-title"
            {...form.getInputProps('title')}
          />
          <FileInput
            label={t('materials.file')}
            description={t('materials.fileHint')}
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
              aria-label={t('materials.uploadProgress')}
              transitionDuration={150}
            />
          ) : null}
          {upload.isError ? (
            <Alert color="red" variant="light" title={t('materials.refused')} role="alert">
              {uploadErrorText(upload.error, t('materials.tooLarge'))}
            </Alert>
          ) : null}
          <DialogActions
            submitLabel={t('materials.submit')}
            loading={upload.isPending}
            onCancel={onClose}
            testId="material-upload-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
