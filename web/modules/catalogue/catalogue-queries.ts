import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '../../../contracts/common';
import type { Programme, TopicArea } from '../../../contracts/learning-catalogue';
import type { Session } from '../../../contracts/learning-sessions';
import type { Trainer } from '../../../contracts/learning-trainers';
import { api } from '../../app/api-client';

/** In-app programme queries share this prefix (lists are `[prefix, 'list', params]`, see usePagedList). */
export const programmesKey = 'programmes';
/** The public catalogue's: refreshed with the in-app ones, as a publication changes both. */
export const publicProgrammesKey = 'public-programmes';
export const trainersKey = 'trainers';
export const publicTrainersKey = 'public-trainers';

/** The countries whose catalogues Kadar publishes (the public filter's choices). */
export const catalogueCountries = ['RS', 'BG'] as const;

export function usePublicProgramme(id: string) {
  return useQuery({
    queryKey: [publicProgrammesKey, 'one', id],
    queryFn: () => api.get<Programme>(`/public/programmes/${id}`),
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: [programmesKey, 'one', id],
    queryFn: () => api.get<Programme>(`/programmes/${id}`),
  });
}

export function useRefreshProgrammes() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [programmesKey] }),
        queryClient.invalidateQueries({ queryKey: [publicProgrammesKey] }),
      ]),
    [queryClient],
  );
}

/** After a change, the programme's own query holds the saved version at once. */
export function useStoreProgramme() {
  const queryClient = useQueryClient();
  return useCallback(
    async (programme: Programme) => {
      queryClient.setQueryData([programmesKey, 'one', programme.id], programme);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [programmesKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [publicProgrammesKey] }),
      ]);
    },
    [queryClient],
  );
}

export function useTrainer(id: string) {
  return useQuery({
    queryKey: [trainersKey, 'one', id],
    queryFn: () => api.get<Trainer>(`/trainers/${id}`),
  });
}

export function useStoreTrainer() {
  const queryClient = useQueryClient();
  return useCallback(
    async (trainer: Trainer) => {
      queryClient.setQueryData([trainersKey, 'one', trainer.id], trainer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [trainersKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [publicTrainersKey] }),
      ]);
    },
    [queryClient],
  );
}

type TopicAreaLists = Array<{ data?: { items: TopicArea[] } }>;

/** One lookup over every country's list; a module-level function, so React Query keeps it until a list changes. */
function combineTopicAreas(results: TopicAreaLists) {
  const byCountry = new Map<string, TopicArea[]>(
    catalogueCountries.map((country, i) => [country, results[i]?.data?.items ?? []]),
  );
  return {
    byCountry,
    /** The area with this code: in the given country's list, else in any. */
    find(code: string, countryCode?: string | null): TopicArea | null {
      const own = countryCode ? byCountry.get(countryCode)?.find((a) => a.code === code) : undefined;
      if (own) return own;
      for (const areas of byCountry.values()) {
        const found = areas.find((a) => a.code === code);
        if (found) return found;
      }
      return null;
    },
  };
}

/**
 * The topic areas of every published country catalogue, by country: programme cards and the trainers'
 * register name areas by code, and the filters offer the chosen country's.
 */
export function useTopicAreas() {
  return useQueries({
    queries: catalogueCountries.map((country) => ({
      queryKey: ['topic-areas', country],
      queryFn: () => api.get<{ items: TopicArea[] }>('/public/topic-areas', { country }),
      staleTime: 60 * 60_000,
    })),
    combine: combineTopicAreas,
  });
}

/** Upcoming announced sessions of a programme, as anyone may see them. */
export function usePublicSessions(programmeId: string) {
  return useQuery({
    queryKey: ['catalogue-sessions', 'public', programmeId],
    queryFn: () => api.get<Page<Session>>('/public/sessions', { programmeId, limit: 50 }),
  });
}

/** Sessions the reader may see: of a programme, or delivered by a trainer. */
export function useSessions(filter: { programmeId?: string; trainerId?: string }) {
  return useQuery({
    queryKey: ['catalogue-sessions', 'list', filter],
    queryFn: () => api.get<Page<Session>>('/sessions', { ...filter, limit: 100 }),
  });
}
