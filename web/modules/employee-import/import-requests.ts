import type {
  ImportMapping,
  ImportPreview,
  ImportResult,
  ImportUpload,
} from '../../../contracts/employee-import';
import { api, withQuery } from '../../app/api-client';
import { type UploadProgress, uploadMultipart } from '../../components/multipart-upload';

/** Where the template spreadsheet (headers in the reader's language, positions in force) is downloaded. */
export function templateUrl(organisationId: string): string {
  return withQuery('/api/v1/employees/import/template', { organisationId });
}

/** Send the spreadsheet, reporting progress (a large file on a slow line deserves a progress bar). */
export function uploadImportFile(
  organisationId: string,
  file: File,
  csrfToken: string,
  progress: UploadProgress,
  signal?: AbortSignal,
): Promise<ImportUpload> {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadMultipart<ImportUpload>(
    withQuery('/api/v1/employees/import', { organisationId }),
    body,
    csrfToken,
    progress,
    signal,
  );
}

export function previewImport(id: string, mapping: ImportMapping): Promise<ImportPreview> {
  return api.post<ImportPreview>(`/employees/import/${id}/preview`, { mapping });
}

export function confirmImport(id: string, mapping: ImportMapping): Promise<ImportResult> {
  return api.post<ImportResult>(`/employees/import/${id}/confirm`, { mapping });
}
