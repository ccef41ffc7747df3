import { Anchor, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds, documentTypes, type EmployeeDocument } from '../../../contracts/employee-documents';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { FileDeleteButton, FileNameCell } from '../../components/file-cells';
import { ErrorState, LoadingState } from '../../components/query-states';
import { UploadDialog } from '../../components/upload-dialog';
import {
  documentContentUrl,
  useDeleteDocument,
  useEmployeeDocuments,
  useRefreshDocuments,
} from './documents-queries';
import { FileSection, RecordTable } from './file-section';

// The browser's file picker offers these; the server checks the bytes and explains any refusal.
const accept = ['.pdf', '.jpg', '.jpeg', '.png', '.webp', ...documentTypes].join(',');

/** The scanned papers of a file: download for every reader, upload and delete for the HR office. */
export function DocumentsSection({ employeeId, canManage }: { employeeId: string; canManage: boolean }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const documents = useEmployeeDocuments(employeeId);
  const remove = useDeleteDocument(employeeId);
  const refresh = useRefreshDocuments(employeeId);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<EmployeeDocument | null>(null);

  const rows = (documents.data?.items ?? []).map((d) => ({
    key: d.id,
    testId: 'document-row',
    cells: [
      <Anchor
        key="title"
        href={documentContentUrl(d.id)}
        download={d.fileName}
        data-testid="document-download"
      >
        {d.title}
      </Anchor>,
      t(`documents.kinds.${d.kind}`),
      <FileNameCell key="file" fileName={d.fileName} size={d.size} />,
      format.dateTime(d.createdAt),
      ...(canManage
        ? [
            <FileDeleteButton
              key="delete"
              label={t('documents.delete')}
              ariaLabel={t('documents.deleteLabel', { title: d.title })}
              onClick={() => setDeleting(d)}
              testId="document-delete"
            />,
          ]
        : []),
    ],
  }));

  return (
    <FileSection
      title={t('documents.title')}
      actions={
        canManage ? (
          <Group>
            <Button variant="default" onClick={() => setUploading(true)} data-testid="documents-upload">
              {t('documents.upload')}
            </Button>
          </Group>
        ) : null
      }
    >
      {documents.isPending ? (
        <LoadingState />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <RecordTable
          minWidth={720}
          empty={canManage ? t('documents.emptyManage') : t('documents.empty')}
          head={[
            t('documents.documentTitle'),
            t('documents.kind'),
            t('documents.file'),
            t('documents.uploadedAt'),
            ...(canManage ? [tc('table.actions')] : []),
          ]}
          rows={rows}
        />
      )}
      {uploading ? (
        <UploadDialog
          namespace="people"
          keyPrefix="documents"
          titleLabel={t('documents.documentTitle')}
          url={`/api/v1/employees/${employeeId}/documents`}
          accept={accept}
          kinds={documentKinds}
          testId="documents"
          onUploaded={refresh}
          onClose={() => setUploading(false)}
        />
      ) : null}
      <ConfirmModal
        opened={Boolean(deleting)}
        title={t('documents.confirmTitle')}
        message={
          deleting ? t('documents.confirmMessage', { title: deleting.title, file: deleting.fileName }) : ''
        }
        confirmLabel={t('documents.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('documents.deleted'));
              setDeleting(null);
            },
            onError: (error) => {
              setDeleting(null);
              reportError(error);
            },
          })
        }
        onClose={() => setDeleting(null)}
      />
    </FileSection>
  );
}
