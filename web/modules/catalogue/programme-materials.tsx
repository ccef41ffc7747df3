import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme, ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { UploadDialog } from '../../components/upload-dialog';
import { FileSection } from '../people/file-section';
import { useRefreshProgrammes } from './catalogue-queries';
import { MaterialList } from './material-list';

// The types the server accepts (it checks the bytes and explains a refusal).
const accept = '.pdf,.docx,.pptx,.xlsx,.odt,.odp,.ods,.jpg,.jpeg,.png,.webp';

/** The programme's handouts: download for every reader; upload and delete for the catalogue's owner. */
export function ProgrammeMaterials({
  programme: p,
  canManage,
}: {
  programme: Programme;
  canManage: boolean;
}) {
  const { t } = useTranslation('catalogue');
  const refresh = useRefreshProgrammes();
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<ProgrammeMaterial | null>(null);
  const remove = useMutation({
    mutationFn: (m: ProgrammeMaterial) => api.delete(`/programmes/${p.id}/materials/${m.id}`),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('materials.deleted'));
      setDeleting(null);
    },
    onError: (error) => {
      setDeleting(null);
      reportError(error);
    },
  });

  return (
    <FileSection
      title={t('materials.title')}
      actions={
        canManage ? (
          <Group>
            <Button variant="default" onClick={() => setUploading(true)} data-testid="material-upload">
              {t('materials.upload')}
            </Button>
          </Group>
        ) : null
      }
    >
      <MaterialList
        materials={p.materials}
        href={(m) => `/api/v1/programmes/${p.id}/materials/${m.id}`}
        onDelete={canManage ? setDeleting : undefined}
        empty={canManage ? t('materials.emptyManage') : t('materials.empty')}
      />
      {uploading ? (
        <UploadDialog
          namespace="catalogue"
          keyPrefix="materials"
          titleLabel={t('materials.materialTitle')}
          url={`/api/v1/programmes/${p.id}/materials`}
          accept={accept}
          testId="material"
          onUploaded={refresh}
          onClose={() => setUploading(false)}
        />
      ) : null}
      <ConfirmModal
        opened={Boolean(deleting)}
        title={t('materials.confirmTitle')}
        message={
          deleting ? t('materials.confirmMessage', { title: deleting.title, file: deleting.fileName }) : ''
        }
        confirmLabel={t('materials.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </FileSection>
  );
}
