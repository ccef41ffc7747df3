import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '../../../contracts/common';
import type { DocumentVersion, LibraryDocument } from '../../../contracts/library-documents';
import type { Organisation } from '../../../contracts/organisations';
import { api } from '../../app/api-client';

/** Lists, single documents and version histories share this prefix: one invalidation refreshes them. */
export const libraryKey = 'library';

/** A signed-in reader reads the network's and their own documents too; a visitor the public ones. */
export const documentsPath = (signedIn: boolean) => (signedIn ? '/documents' : '/public/documents');

export function useDocument(id: string, signedIn: boolean) {
  return useQuery({
    queryKey: [libraryKey, 'one', signedIn, id],
    queryFn: () => api.get<LibraryDocument>(`${documentsPath(signedIn)}/${id}`),
  });
}

export function useDocumentVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [libraryKey, 'versions', id],
    queryFn: () => api.get<{ items: DocumentVersion[] }>(`/documents/${id}/versions`),
    enabled,
  });
}

export function useRefreshLibrary() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [libraryKey] }), [queryClient]);
}

/** The country's municipalities a document may be shared with, found by name as the person types. */
export function useMunicipalities(country: string | undefined, q: string) {
  return useQuery({
    queryKey: ['organisations', 'library-audience', country, q],
    queryFn: () => api.get<Page<Organisation>>('/organisations', { country, kind: 'local', q, limit: 50 }),
    enabled: Boolean(country),
    staleTime: 30_000,
    select: (page) => page.items,
  });
}
