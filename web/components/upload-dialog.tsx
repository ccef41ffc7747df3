import { Alert, FileInput, Modal, NativeSelect, Progress, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../app/problems';
import { useMe } from '../app/session-context';
import { DialogActions } from './dialog-actions';
import { uploadErrorText, uploadMultipart } from './multipart-upload';

type Props = {
  /**
   * Where the texts are: `namespace:keyPrefix.` + uploadTitle, titleHint, file, fileHint, titleRequired,
   * fileRequired, submit, uploadProgress, refused, tooLarge, uploaded (and kind, kindRequired, kinds.<kind>
   * when there are kinds).
   */
  namespace: string;
  keyPrefix: string;
  /** The label of the title field (a "material" or a "document" title); without it, no title is asked. */
  titleLabel?: string;
  /** The multipart POST (`/api/v1/...`): the fields `kind` (with kinds) and `title` (with a titleLabel), then `file`. */
  url: string;
  /** The file types the picker offers; the server checks the bytes and explains any refusal. */
  accept: string;
  /** A required kind, chosen first (a personnel document is a diploma, a contract, a decision...). */
  kinds?: readonly string[];
  /** Test ids: `<testId>-upload-form`, `-kind`, `-title`, `-file`, `-upload-submit`. */
  testId: string;
  /** Refreshes what lists the files; the dialog stays busy until it is done. */
  onUploaded: () => Promise<unknown>;
  onClose: () => void;
};

type Values = { kind: string; title: string; file: File | null };

/** Upload a titled file, with a progress bar: a slow municipal line deserves one. */
export function UploadDialog(props: Props) {
  const { namespace, keyPrefix, titleLabel, url, accept, kinds, testId, onUploaded, onClose } = props;
  // Keys relative to the caller's prefix (listed on `namespace`): the static key test cannot follow them.
  const { t: text } = useTranslation(namespace, { keyPrefix });
  const { t: tc } = useTranslation();
  const me = useMe();
  const [sent, setSent] = useState<number | null>(null);
  const form = useForm<Values>({
    initialValues: { kind: '', title: '', file: null },
    validate: {
      kind: (v) => (kinds && !v ? text('kindRequired') : null),
      title: (v) => (titleLabel === undefined || v.trim() ? null : text('titleRequired')),
      file: (v) => (v ? null : text('fileRequired')),
    },
  });
  const upload = useMutation({
    mutationFn: ({ kind, title, file }: Values & { file: File }) => {
      const body = new FormData();
      if (kinds) body.append('kind', kind);
      if (titleLabel !== undefined) body.append('title', title);
      body.append('file', file, file.name);
      return uploadMultipart<unknown>(url, body, me.csrfToken, {
        onProgress: setSent,
        onSent: () => setSent(1),
      });
    },
    onSuccess: async () => {
      await onUploaded();
      notifySuccess(text('uploaded'));
      onClose();
    },
    onSettled: () => setSent(null),
  });
  const submit = form.onSubmit(({ kind, title, file }) => {
    if (!file) return;
    setSent(0);
    upload.mutate({ kind, title: title.trim(), file });
  });

  return (
    <Modal opened onClose={onClose} title={text('uploadTitle')} centered>
      <form onSubmit={submit} noValidate data-testid={`${testId}-upload-form`}>
        <Stack>
          {kinds ? (
            <NativeSelect
              label={text('kind')}
              required
              data-autofocus
              data={[
                { value: '', label: tc('filters.choose') },
                ...kinds.map((k) => ({ value: k, label: text(`kinds.${k}`) })),
              ]}
              data-testid={`${testId}-kind`}
              {...form.getInputProps('kind')}
            />
          ) : null}
          {titleLabel !== undefined ? (
            <TextInput
              label={titleLabel}
              description={text('titleHint')}
              required
              maxLength={300}
              data-autofocus={kinds ? undefined : true}
              data-testid={`${testId}-title`}
              {...form.getInputProps('title')}
            />
          ) : null}
          <FileInput
            label={text('file')}
            description={text('fileHint')}
            required
            clearable
            accept={accept}
            fileInputProps={{ 'data-testid': `${testId}-file` } as ComponentProps<'input'>}
            {...form.getInputProps('file')}
            onChange={(file) => {
              upload.reset();
              form.setFieldValue('file', file);
            }}
          />
          {sent !== null ? (
            <Progress value={sent * 100} aria-label={text('uploadProgress')} transitionDuration={150} />
          ) : null}
          {upload.isError ? (
            <Alert color="red" variant="light" title={text('refused')} role="alert">
              {uploadErrorText(upload.error, text('tooLarge'))}
            </Alert>
          ) : null}
          <DialogActions
            submitLabel={text('submit')}
            loading={upload.isPending}
            onCancel={onClose}
            testId={`${testId}-upload-submit`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
