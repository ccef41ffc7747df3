import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { useFileSize, useFormat } from '../../app/format';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection, RecordTable } from '../people/file-section';
import { DocumentDownload } from './document-download';
import { useDocumentVersions } from './library-queries';

/** Every uploaded version, newest first, each downloadable, with the publisher's note on what changed. */
export function DocumentVersions({ document: d }: { document: LibraryDocument }) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const size = useFileSize();
  const versions = useDocumentVersions(d.id, true);
  return (
    <FileSection title={t('versions.title')}>
      {versions.isPending ? (
        <LoadingState />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <RecordTable
          head={[
            t('versions.version'),
            t('versions.uploadedAt'),
            t('versions.file'),
            t('versions.note'),
            tc('table.actions'),
          ]}
          empty={t('versions.empty')}
          rows={[...versions.data.items]
            .sort((a, b) => b.version - a.version)
            .map((v) => ({
              key: String(v.version),
              testId: `version-${v.version}`,
              cells: [
                v.version === d.current.version
                  ? t('versions.current', { version: v.version })
                  : String(v.version),
                format.date(v.uploadedAt),
                <Text key="file" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {`${v.fileName} · ${size(v.size)}`}
                  {v.searchable ? null : ` · ${t('versions.notSearchable')}`}
                </Text>,
                v.note || '—',
                <DocumentDownload
                  key="download"
                  document={d}
                  version={v.version}
                  fileName={v.fileName}
                  variant="subtle"
                />,
              ],
            }))}
        />
      )}
    </FileSection>
  );
}
