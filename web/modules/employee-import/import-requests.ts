import type { Problem } from '../../../contracts/common';
import type {
  ImportMapping,
  ImportPreview,
  ImportResult,
  ImportUpload,
} from '../../../contracts/employee-import';
import { ApiError, api, withQuery } from '../../app/api-client';
import { currentLocale } from '../../app/i18n';

/** Where the template spreadsheet (headers in the reader's language, positions in force) is downloaded. */
export function templateUrl(organisationId: string): string {
  return withQuery('/api/v1/employees/import/template', { organisationId });
}

function problemOf(text: string): Problem | null {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'code' in data && 'title' in data)
      return data as Problem;
  } catch {
    // Not JSON (a proxy's error page): the status alone explains it.
  }
  return null;
}

type UploadProgress = {
  /** Bytes sent so far, as a fraction (0–1). */
  onProgress: (fraction: number) => void;
  /** Every byte is sent: the server is now reading the spreadsheet. */
  onSent: () => void;
};

/**
 * Upload the spreadsheet with XMLHttpRequest: fetch cannot report upload progress, and a large file on a
 * slow municipal line deserves a progress bar. Same headers as the API client (CSRF, language, cookie).
 */
export function uploadImportFile(
  organisationId: string,
  file: File,
  csrfToken: string,
  progress: UploadProgress,
  signal?: AbortSignal,
): Promise<ImportUpload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery('/api/v1/employees/import', { organisationId }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) progress.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => progress.onSent();
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportUpload);
        } catch {
          reject(new ApiError(xhr.status, null, xhr.statusText));
        }
        return;
      }
      reject(new ApiError(xhr.status, problemOf(xhr.responseText), xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, null, 'network'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

export function previewImport(id: string, mapping: ImportMapping): Promise<ImportPreview> {
  return api.post<ImportPreview>(`/employees/import/${id}/preview`, { mapping });
}

export function confirmImport(id: string, mapping: ImportMapping): Promise<ImportResult> {
  return api.post<ImportResult>(`/employees/import/${id}/confirm`, { mapping });
}
