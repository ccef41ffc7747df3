import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { UploadDialog } from '../../components/upload-dialog';
import { DocumentEditDialog } from './document-edit-dialog';
import { libraryAccept } from './document-upload-dialog';
import { useRefreshLibrary } from './library-queries';

type Open = 'edit' | 'version' | 'delete' | null;

/** For those who manage the document: edit its metadata, add a version, delete it. */
export function DocumentActions({ document: d }: { document: LibraryDocument }) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshLibrary();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const remove = useMutation({
    mutationFn: () => api.delete(`/documents/${d.id}`),
    onSuccess: async () => {
      notifySuccess(t('delete.done'));
      void navigate('/library', { replace: true });
      await refresh();
    },
    onError: (error) => reportError(error),
  });
  return (
    <>
      <Button variant="default" onClick={() => setOpen('version')} data-testid="document-new-version">
        {t('version.open')}
      </Button>
      <Button variant="default" onClick={() => setOpen('edit')} data-testid="document-edit">
        {tc('actions.edit')}
      </Button>
      <Button variant="default" color="red.8" onClick={() => setOpen('delete')} data-testid="document-delete">
        {t('delete.open')}
      </Button>
      {open === 'edit' ? <DocumentEditDialog document={d} onClose={close} /> : null}
      {open === 'version' ? (
        <UploadDialog
          namespace="library"
          keyPrefix="version"
          url={`/api/v1/documents/${d.id}/versions`}
          accept={libraryAccept}
          testId="version"
          onUploaded={refresh}
          onClose={close}
        />
      ) : null}
      <ConfirmModal
        opened={open === 'delete'}
        title={t('delete.title')}
        message={t('delete.message', { title: d.title })}
        confirmLabel={t('delete.confirm')}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={close}
      />
    </>
  );
}
