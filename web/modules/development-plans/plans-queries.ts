import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DevelopmentPlan } from '../../../contracts/development-plans';
import { api } from '../../app/api-client';
import { useRefreshingMutation } from '../../app/refreshing-mutation';

export type PlanSummary = Omit<DevelopmentPlan, 'items'>;
export type PlanItem = DevelopmentPlan['items'][number];
export type PlanFilter = { organisationId?: string | null; year?: number | null; mine?: boolean };

const plansKey = 'development-plans';

export function useDevelopmentPlans(filter: PlanFilter) {
  return useQuery({
    queryKey: [plansKey, 'list', filter],
    queryFn: () =>
      api.get<{ items: PlanSummary[] }>('/development-plans', {
        organisationId: filter.organisationId ?? undefined,
        year: filter.year ?? undefined,
        mine: filter.mine ? 'true' : undefined,
      }),
  });
}

export function useDevelopmentPlan(id: string) {
  return useQuery({
    queryKey: [plansKey, 'one', id],
    queryFn: () => api.get<DevelopmentPlan>(`/development-plans/${id}`),
  });
}

/** A change to a plan: the answer is the plan as it now stands, so the page shows it at once. */
export function usePlanChange<T>(run: (input: T) => Promise<DevelopmentPlan | unknown>, onDone: () => void) {
  const queryClient = useQueryClient();
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: [plansKey] }), [queryClient]);
  return useRefreshingMutation(run, refresh, onDone);
}
