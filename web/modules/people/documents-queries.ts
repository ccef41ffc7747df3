import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployeeDocument } from '../../../contracts/employee-documents';
import { api } from '../../app/api-client';
import { useMe } from '../../app/session-context';
import { type UploadProgress, uploadMultipart } from '../../components/multipart-upload';

const documentsKey = (employeeId: string) => ['employee-documents', employeeId];

export function useEmployeeDocuments(employeeId: string) {
  return useQuery({
    queryKey: documentsKey(employeeId),
    queryFn: () => api.get<{ items: EmployeeDocument[] }>(`/employees/${employeeId}/documents`),
  });
}

/** A plain link: the server answers the file as an attachment and records the download. */
export const documentContentUrl = (id: string) => `/api/v1/employee-documents/${id}/content`;

export type DocumentUpload = { kind: EmployeeDocument['kind']; title: string; file: File };

/** Multipart as the route reads it: the fields `kind` and `title`, then the file (`file`). */
export function useUploadDocument(employeeId: string, progress: UploadProgress) {
  const me = useMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, title, file }: DocumentUpload) => {
      const body = new FormData();
      body.append('kind', kind);
      body.append('title', title);
      body.append('file', file, file.name);
      return uploadMultipart<EmployeeDocument>(
        `/api/v1/employees/${employeeId}/documents`,
        body,
        me.csrfToken,
        progress,
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(employeeId) }),
  });
}

export function useDeleteDocument(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/employee-documents/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(employeeId) }),
  });
}
