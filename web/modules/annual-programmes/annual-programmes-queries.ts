import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AnnualProgramme, Execution } from '../../../contracts/annual-programmes';
import type { Page } from '../../../contracts/common';
import type { Programme } from '../../../contracts/learning-catalogue';
import { api } from '../../app/api-client';

/** Lists, programmes and their execution share this prefix: one invalidation refreshes them. */
const key = 'annual-programmes';
export type AnnualProgrammeHead = Omit<AnnualProgramme, 'items'>;

export function useAnnualProgrammes(year: number) {
  return useQuery({
    queryKey: [key, 'list', year],
    queryFn: () => api.get<{ items: AnnualProgrammeHead[] }>('/annual-programmes', { year }),
  });
}

/** The organisation's own programmes of any year, to copy items from. */
export function useOwnProgrammes(organisationId: string | null) {
  return useQuery({
    queryKey: [key, 'own', organisationId],
    queryFn: () => api.get<{ items: AnnualProgrammeHead[] }>('/annual-programmes', { organisationId }),
    enabled: Boolean(organisationId),
  });
}

export function useAnnualProgramme(id: string) {
  return useQuery({
    queryKey: [key, 'one', id],
    queryFn: () => api.get<AnnualProgramme>(`/annual-programmes/${id}`),
  });
}

export function useExecution(id: string) {
  return useQuery({
    queryKey: [key, 'execution', id],
    queryFn: () => api.get<Execution>(`/annual-programmes/${id}/execution`),
  });
}

export function useRefreshAnnualProgrammes() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [key] }), [queryClient]);
}

/** The country's announced catalogue programmes an item may name. */
export function useCatalogueChoices(country: string) {
  return useQuery({
    queryKey: ['programmes', 'choices', country],
    queryFn: () => api.get<Page<Programme>>('/programmes', { country, status: 'published', limit: 200 }),
  });
}
