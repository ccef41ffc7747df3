import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TopicArea } from '../../../contracts/learning-catalogue';
import type { Indicators, LearningTarget } from '../../../contracts/learning-indicators';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import type { ReportWhere } from '../reports/reports-queries';

// Municipalities arrive named in the reader's language: a change of language asks again.
export function useIndicators(where: ReportWhere, year: number) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['learning-indicators', where, year, locale],
    queryFn: () => api.get<Indicators>('/learning-indicators', { ...where, year }),
    // Another year keeps the page in place while it loads.
    placeholderData: keepPreviousData,
  });
}

export function useTopicAreaList(country: string) {
  return useQuery({
    queryKey: ['topic-areas', country],
    queryFn: () => api.get<{ items: TopicArea[] }>('/public/topic-areas', { country }),
    staleTime: 60 * 60_000,
  });
}

const targetsPath = (country: string, year: number) => `/countries/${country}/learning-targets/${year}`;

export function useTargets(country: string, year: number) {
  return useQuery({
    queryKey: ['learning-targets', country, year],
    queryFn: () => api.get<{ items: LearningTarget[] }>(targetsPath(country, year)),
  });
}

export function useSaveTargets(country: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: Array<Pick<LearningTarget, 'mode' | 'trained'>>) =>
      api.put<{ items: LearningTarget[] }>(targetsPath(country, year), { items }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['learning-targets', country, year] });
      await queryClient.invalidateQueries({ queryKey: ['learning-indicators'] });
    },
  });
}
