import { useState } from 'react';
import type { QueryParams } from './api-client';
import { api } from './api-client';
import { reportError } from './problems';

/**
 * A download button's state: `busy` names the path being fetched (for its spinner) and a refusal is
 * shown as the server's translated problem.
 */
export function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (path: string, query: QueryParams = {}, fallbackName?: string) => {
    setBusy(path);
    try {
      await api.download(path, query, fallbackName);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };
  return { busy, download };
}
