import { useState } from 'react';
import { useLocale } from '../../app/format';
import { reportError } from '../../app/problems';
import { downloadXlsx } from '../reports/reports-queries';

/**
 * Saves a file the server generates (XLSX, PDF, JSON) in the UI language; `busy` drives the button's
 * spinner and a refusal is shown as the server's translated problem.
 */
export function useDownload() {
  const locale = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (path: string, params: Record<string, string> = {}, fallbackName?: string) => {
    setBusy(path);
    try {
      await downloadXlsx(path, params, locale, fallbackName);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };
  return { busy, download };
}
