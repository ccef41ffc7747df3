import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { useDownload } from '../../app/download';
import { useSession } from '../../app/session-context';
import { documentsPath } from './library-queries';

type Props = {
  document: Pick<LibraryDocument, 'id' | 'current'>;
  /** An older version; the current one without it. */
  version?: number;
  fileName?: string;
  variant?: 'filled' | 'default' | 'subtle';
  testId?: string;
};

/** Downloads a version of the document (the server counts the download). */
export function DocumentDownload({ document: d, version, fileName, variant = 'default', testId }: Props) {
  const { t } = useTranslation('library');
  const { me } = useSession();
  const { busy, download } = useDownload();
  const path = `${documentsPath(Boolean(me))}/${d.id}/file`;
  return (
    <Button
      variant={variant}
      size={variant === 'subtle' ? 'compact-sm' : 'sm'}
      loading={busy === path}
      onClick={() => void download(path, { version }, fileName ?? d.current.fileName)}
      data-testid={testId}
    >
      {version === undefined ? t('actions.download') : t('actions.downloadVersion', { version })}
    </Button>
  );
}
