import { Alert, FileInput, Modal, Progress, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DocumentCreate, LibraryDocument } from '../../../contracts/library-documents';
import { roleRules } from '../../../contracts/roles';
import { useFormat, useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { DialogActions } from '../../components/dialog-actions';
import { uploadErrorText, uploadMultipart } from '../../components/multipart-upload';
import { OrganisationSelect } from '../../components/organisation-select';
import {
  DocumentFields,
  type DocumentValues,
  documentBody,
  documentValues,
  useDocumentValidation,
} from './document-fields';
import { useRefreshLibrary } from './library-queries';

type Values = DocumentValues & { organisationId: string; file: File | null };

/** Office documents and PDFs; the server reads the bytes and refuses anything else. */
export const libraryAccept = '.pdf,.docx,.xlsx,.odt,.ods,.txt';

/** The organisations whose documents the person publishes; a global reach picks any organisation. */
function usePublishers() {
  const me = useMe();
  const reaches = me.memberships.filter((m) => roleRules[m.role].permissions['library.manage']);
  return {
    memberships: reaches,
    anywhere: reaches.some((m) => roleRules[m.role].permissions['library.manage'] === 'global'),
  };
}

/** Publish a document: the file and its metadata in one multipart request, with a progress bar. */
export function DocumentUploadDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('library');
  const format = useFormat();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshLibrary();
  const publishers = usePublishers();
  const [country, setCountry] = useState<string | undefined>(publishers.memberships[0]?.countryCode);
  const [sent, setSent] = useState<number | null>(null);
  const validation = useDocumentValidation();
  const form = useForm<Values>({
    initialValues: {
      ...documentValues(null, locale),
      organisationId: publishers.anywhere ? '' : (publishers.memberships[0]?.organisationId ?? ''),
      file: null,
    },
    validate: {
      ...validation,
      organisationId: (v) => (v ? null : t('validation.publisherRequired')),
      file: (v) => (v ? null : t('validation.fileRequired')),
    },
  });
  const upload = useMutation({
    mutationFn: ({ metadata, file }: { metadata: DocumentCreate; file: File }) => {
      const body = new FormData();
      body.append('metadata', JSON.stringify(metadata));
      body.append('file', file, file.name);
      return uploadMultipart<LibraryDocument>('/api/v1/documents', body, me.csrfToken, {
        onProgress: setSent,
        onSent: () => setSent(1),
      });
    },
    onSuccess: async (document) => {
      await refresh();
      notifySuccess(t('upload.done'));
      onClose();
      void navigate(`/library/${document.id}`);
    },
    onError: (error) => reportError(error, form),
    onSettled: () => setSent(null),
  });
  const submit = form.onSubmit((v) => {
    if (!v.file) return;
    setSent(0);
    upload.mutate({ metadata: { organisationId: v.organisationId, ...documentBody(v) }, file: v.file });
  });
  const chooseMembership = (id: string | null, countryCode: string | undefined) => {
    form.setFieldValue('organisationId', id ?? '');
    form.setFieldValue('topics', []);
    form.setFieldValue('audienceId', null);
    setCountry(countryCode);
  };

  return (
    <Modal opened onClose={onClose} title={t('upload.title')} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="document-upload-form">
        <Stack>
          {publishers.anywhere ? (
            <OrganisationSelect
              label={t('fields.publisher')}
              required
              value={form.getValues().organisationId || null}
              error={form.errors.organisationId}
              onChange={(id, organisation) => chooseMembership(id, organisation?.countryCode)}
            />
          ) : publishers.memberships.length > 1 ? (
            <Select
              label={t('fields.publisher')}
              required
              allowDeselect={false}
              data={publishers.memberships.map((m) => ({
                value: m.organisationId,
                label: format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
              }))}
              {...form.getInputProps('organisationId')}
              onChange={(id) =>
                chooseMembership(id, publishers.memberships.find((m) => m.organisationId === id)?.countryCode)
              }
            />
          ) : null}
          <FileInput
            label={t('fields.file')}
            description={t('upload.fileHint')}
            required
            clearable
            accept={libraryAccept}
            fileInputProps={{ 'data-testid': 'document-file' } as ComponentProps<'input'>}
            {...form.getInputProps('file')}
            onChange={(file) => {
              upload.reset();
              form.setFieldValue('file', file);
            }}
          />
          <DocumentFields form={form} country={country} audience={null} />
          {sent !== null ? (
            <Progress value={sent * 100} aria-label={t('upload.progress')} transitionDuration={150} />
          ) : null}
          {upload.isError ? (
            <Alert color="red" variant="light" title={t('upload.refused')} role="alert">
              {uploadErrorText(upload.error, t('upload.tooLarge'))}
            </Alert>
          ) : null}
          <DialogActions
            submitLabel={t('upload.submit')}
            loading={upload.isPending}
            onCancel={onClose}
            testId="document-upload-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
