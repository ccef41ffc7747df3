import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDocument } from '../../../contracts/employee-documents';
import { useFileSize, useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState, LoadingState } from '../../components/query-states';
import { DocumentUploadDialog } from './document-upload-dialog';
import { documentContentUrl, useDeleteDocument, useEmployeeDocuments } from './documents-queries';
import { FileSection, RecordTable } from './file-section';

/** The scanned papers of a file: download for every reader, upload and delete for the HR office. */
export function DocumentsSection({ employeeId, canManage }: { employeeId: string; canManage: boolean }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const size = useFileSize();
  const documents = useEmployeeDocuments(employeeId);
  const remove = useDeleteDocument(employeeId);
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
      <Text key="file" size="sm" style={{ overflowWrap: 'anywhere' }}>
        {d.fileName} · {size(d.size)}
      </Text>,
      format.dateTime(d.createdAt),
      ...(canManage
        ? [
            <Button
              key="delete"
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t('documents.deleteLabel', { title: d.title })}
              onClick={() => setDeleting(d)}
              data-testid="document-delete"
            >
              {t('documents.delete')}
            </Button>,
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
        <DocumentUploadDialog employeeId={employeeId} onClose={() => setUploading(false)} />
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
