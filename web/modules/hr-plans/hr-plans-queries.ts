import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  HrPlan,
  HrPlanActual,
  HrPlanDetail,
  HrPlanLine,
  HrPlanLineUpdate,
} from '../../../contracts/hr-plans';
import { api } from '../../app/api-client';
import { reportError } from '../../app/problems';

/** Lists, plans and their plan-vs-actual reports share this prefix: one invalidation refreshes them. */
const plansKey = 'hr-plans';

export function useHrPlans(organisationId: string | null | undefined) {
  return useQuery({
    queryKey: [plansKey, 'list', organisationId],
    queryFn: () => api.get<{ items: HrPlan[] }>('/hr-plans', { organisationId }),
    enabled: Boolean(organisationId),
  });
}

export function useHrPlan(id: string) {
  return useQuery({
    queryKey: [plansKey, 'one', id],
    queryFn: () => api.get<HrPlanDetail>(`/hr-plans/${id}`),
  });
}

export function useHrPlanActual(id: string) {
  return useQuery({
    queryKey: [plansKey, 'actual', id],
    queryFn: () => api.get<HrPlanActual>(`/hr-plans/${id}/actual`),
  });
}

export function useRefreshHrPlans() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [plansKey] }), [queryClient]);
}

/** Saves changed lines of a draft, one request per line, then refreshes the plan. */
export function useSaveLines(planId: string, onSaved: () => void) {
  const refresh = useRefreshHrPlans();
  return useMutation({
    mutationFn: (changes: Array<{ lineId: string; patch: HrPlanLineUpdate }>) =>
      Promise.all(
        changes.map(({ lineId, patch }) =>
          api.patch<HrPlanLine>(`/hr-plans/${planId}/lines/${lineId}`, patch),
        ),
      ),
    onSuccess: async () => {
      await refresh();
      onSaved();
    },
    onError: (error) => reportError(error),
  });
}
