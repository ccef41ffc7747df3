import type { Problem } from '../../contracts/common';
import { ApiError } from '../app/api-client';
import { currentLocale } from '../app/i18n';
import { errorMessage } from '../app/problems';

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

export type UploadProgress = {
  /** Bytes sent so far, as a fraction (0–1). */
  onProgress: (fraction: number) => void;
  /** Every byte is sent: the server is now reading the file. */
  onSent: () => void;
};

/**
 * POST a multipart form with XMLHttpRequest: fetch cannot report upload progress, and a large file on a
 * slow municipal line deserves a progress bar. Same headers as the API client (CSRF, language, cookie).
 * `url` is the full path (`/api/v1/...`); the answer is the JSON of a 2xx, else an ApiError.
 */
export function uploadMultipart<T>(
  url: string,
  body: FormData,
  csrfToken: string,
  progress?: UploadProgress,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) progress?.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => progress?.onSent();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
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
    xhr.send(body);
  });
}

/** The server's explanation of a refused file: its field messages, or the problem's detail. */
export function uploadErrorText(error: unknown, tooLarge: string): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return tooLarge;
    const messages = error.problem?.errors?.map((e) => e.message) ?? [];
    if (messages.length > 0) return messages.join(' ');
  }
  return errorMessage(error);
}
