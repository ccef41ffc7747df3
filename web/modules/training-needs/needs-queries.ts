import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type {
  mySurveySchema,
  NeedsAnalysis,
  NeedsSummary,
  needsTriggerSchema,
  SurveyAnswer,
} from '../../../contracts/needs-analyses';
import { api } from '../../app/api-client';
import { useRefreshingMutation } from '../../app/refreshing-mutation';

export type NeedsTrigger = z.infer<typeof needsTriggerSchema>;
export type MySurvey = z.infer<typeof mySurveySchema>;

/** Analyses, their triggers, summaries and the survey share this prefix: one invalidation refreshes them. */
const needsKey = 'needs-analyses';

export function useNeedsAnalyses(organisationId: string | null | undefined) {
  return useQuery({
    queryKey: [needsKey, 'list', organisationId],
    queryFn: () => api.get<{ items: NeedsAnalysis[] }>('/needs-analyses', { organisationId }),
    enabled: Boolean(organisationId),
  });
}

export function useNeedsAnalysis(id: string) {
  return useQuery({
    queryKey: [needsKey, 'one', id],
    queryFn: () => api.get<NeedsAnalysis>(`/needs-analyses/${id}`),
  });
}

export function useNeedsTriggers(id: string) {
  return useQuery({
    queryKey: [needsKey, 'triggers', id],
    queryFn: () => api.get<{ items: NeedsTrigger[] }>(`/needs-analyses/${id}/triggers`),
  });
}

export function useNeedsSummary(id: string) {
  return useQuery({
    queryKey: [needsKey, 'summary', id],
    queryFn: () => api.get<NeedsSummary>(`/needs-analyses/${id}/summary`),
  });
}

export function useMySurveys() {
  return useQuery({
    queryKey: [needsKey, 'mine'],
    queryFn: () => api.get<{ items: MySurvey[] }>('/needs-survey/mine'),
  });
}

export function useRefreshNeeds() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [needsKey] }), [queryClient]);
}

/** A change to an analysis that refreshes everything shown about it, then says so. */
export function useNeedsChange<T>(run: (input: T) => Promise<unknown>, onDone: () => void) {
  return useRefreshingMutation(run, useRefreshNeeds(), onDone);
}

export const saveAnswer = (analysisId: string, answer: SurveyAnswer) =>
  api.put<SurveyAnswer>(`/needs-analyses/${analysisId}/survey/answer`, answer);
