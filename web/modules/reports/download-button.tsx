import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/format';
import { reportError } from '../../app/problems';
import { downloadXlsx } from './reports-queries';

type Props = { path: string; params: Record<string, string | number> };

/** Downloads the figures on screen as an XLSX spreadsheet. */
export function DownloadButton({ path, params }: Props) {
  const { t } = useTranslation('reports');
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadXlsx(path, params, locale);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" size="xs" loading={busy} onClick={() => void download()}>
      {t('download')}
    </Button>
  );
}
