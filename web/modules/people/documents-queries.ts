import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployeeDocument } from '../../../contracts/employee-documents';
import { api } from '../../app/api-client';

const documentsKey = (employeeId: string) => ['employee-documents', employeeId];

export function useEmployeeDocuments(employeeId: string) {
  return useQuery({
    queryKey: documentsKey(employeeId),
    queryFn: () => api.get<{ items: EmployeeDocument[] }>(`/employees/${employeeId}/documents`),
  });
}

/** A plain link: the server answers the file as an attachment and records the download. */
export const documentContentUrl = (id: string) => `/api/v1/employee-documents/${id}/content`;

/** After an upload (the shared upload dialog sends it): the list reads the file's documents again. */
export function useRefreshDocuments(employeeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: documentsKey(employeeId) });
}

export function useDeleteDocument(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/employee-documents/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(employeeId) }),
  });
}
