import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PracticeCategory } from '../../../contracts/practice-pack';
import type { Practice, PracticeWeek, PublicPractice } from '../../../contracts/practices';
import { ApiError, api } from '../../app/api-client';
import { catalogueCountries } from '../catalogue/catalogue-queries';

/** Published practices as anyone reads them; refreshed after a moderation or a nomination. */
export const publicPracticesKey = 'public-practices';
/** The municipality's practices and the association's queue, drafts included. */
export const practicesKey = 'practices';

/** The countries whose associations publish practices (the public filter's choices). */
export const practiceCountries = catalogueCountries;

type CategoryLists = Array<{ data?: PracticeCategory[]; isPending: boolean }>;

function combineCategories(results: CategoryLists) {
  const byCountry = new Map<string, PracticeCategory[]>(
    practiceCountries.map((country, i) => [country, results[i]?.data ?? []]),
  );
  return {
    byCountry,
    pending: results.some((r) => r.isPending),
    find: (countryCode: string, code: string) =>
      byCountry.get(countryCode)?.find((c) => c.code === code) ?? null,
  };
}

/** The practice categories of every country's pack, by country. */
export function usePracticeCategories() {
  return useQueries({
    queries: practiceCountries.map((country) => ({
      queryKey: ['practice-categories', country],
      queryFn: () => api.get<{ items: PracticeCategory[] }>('/public/practice-categories', { country }),
      select: (list: { items: PracticeCategory[] }) => list.items,
      staleTime: 60 * 60_000,
    })),
    combine: combineCategories,
  });
}

export function usePublicPractice(id: string) {
  return useQuery({
    queryKey: [publicPracticesKey, 'one', id],
    queryFn: () => api.get<PublicPractice>(`/public/practices/${id}`),
  });
}

/** The signed-in reading of a practice: whatever its status, with the reader's own nomination. */
export function usePractice(id: string, enabled = true) {
  return useQuery({
    queryKey: [practicesKey, 'one', id],
    queryFn: () => api.get<Practice>(`/practices/${id}`),
    enabled,
    retry: false,
  });
}

/** The practice of the week, or null when the country has none this week. */
export function usePracticeOfTheWeek(country: string) {
  return useQuery({
    queryKey: [publicPracticesKey, 'week', country],
    queryFn: async () => {
      try {
        return (await api.get<PracticeWeek | null>('/public/practice-of-the-week', { country })) ?? null;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** After a change, the practice's own query holds the saved version and every list is refreshed. */
export function useStorePractice() {
  const queryClient = useQueryClient();
  return useCallback(
    async (practice: Practice) => {
      queryClient.setQueryData([practicesKey, 'one', practice.id], practice);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [practicesKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [publicPracticesKey] }),
      ]);
    },
    [queryClient],
  );
}
