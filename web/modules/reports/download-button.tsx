import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../app/download';

type Props = { path: string; params: Record<string, string | number> };

/** Downloads the figures on screen as an XLSX spreadsheet. */
export function DownloadButton({ path, params }: Props) {
  const { t } = useTranslation('reports');
  const { busy, download } = useDownload();
  return (
    <Button variant="default" size="xs" loading={busy !== null} onClick={() => void download(path, params)}>
      {t('download')}
    </Button>
  );
}
