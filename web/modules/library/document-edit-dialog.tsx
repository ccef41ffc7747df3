import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import {
  DocumentFields,
  type DocumentValues,
  documentBody,
  documentValues,
  useDocumentValidation,
} from './document-fields';
import { useRefreshLibrary } from './library-queries';

/** Change a document's metadata; its files stay as they are. */
export function DocumentEditDialog({
  document: d,
  onClose,
}: {
  document: LibraryDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation('library');
  const locale = useLocale();
  const refresh = useRefreshLibrary();
  const form = useForm<DocumentValues>({
    initialValues: documentValues(d, locale),
    validate: useDocumentValidation(),
  });
  const save = useMutation({
    mutationFn: (values: DocumentValues) =>
      api.patch<LibraryDocument>(`/documents/${d.id}`, documentBody(values)),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('edit.saved'));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  const audience =
    d.audienceId && d.audienceName
      ? { id: d.audienceId, name: d.audienceName, nameLatin: d.audienceNameLatin ?? d.audienceName }
      : null;
  return (
    <Modal opened onClose={onClose} title={t('edit.title')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="document-edit-form">
        <Stack>
          <DocumentFields form={form} country={d.countryCode} audience={audience} />
          <DialogActions
            submitLabel={t('edit.submit')}
            loading={save.isPending}
            onCancel={onClose}
            testId="document-edit-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
