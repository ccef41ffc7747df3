import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Appraisal, AppraisalCycle, AppraisalSummary } from '../../../contracts/appraisals';
import type { Page } from '../../../contracts/common';
import { api } from '../../app/api-client';

/** Lists and appraisals share this prefix: one invalidation refreshes the open appraisal and every list. */
export const appraisalsKey = 'appraisals';
const cyclesKey = 'appraisal-cycles';

export function useCycles(organisationId: string) {
  return useQuery({
    queryKey: [cyclesKey, organisationId],
    queryFn: () => api.get<{ items: AppraisalCycle[] }>('/appraisal-cycles', { organisationId }),
  });
}

/** Whether the reader rates anyone, or has an appraisal of their own (which decides the tabs shown). */
export function useHasAppraisals(role: 'rater' | 'official', enabled: boolean) {
  const query = useQuery({
    queryKey: [appraisalsKey, 'any', role],
    queryFn: () => api.get<Page<AppraisalSummary>>('/appraisals', { role, limit: 1 }),
    enabled,
  });
  return Boolean(query.data?.items.length);
}

export function useAppraisal(id: string) {
  return useQuery({
    queryKey: [appraisalsKey, 'one', id],
    queryFn: () => api.get<Appraisal>(`/appraisals/${id}`),
  });
}

export function useRaters(organisationId: string) {
  return useQuery({
    queryKey: ['appraisal-raters', organisationId],
    queryFn: () =>
      api.get<{ items: Array<{ userId: string; name: string }> }>('/appraisal-raters', { organisationId }),
  });
}

/** After any change: appraisals, lists and the cycles' progress counts. */
export function useRefreshAppraisals() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [appraisalsKey] }),
        queryClient.invalidateQueries({ queryKey: [cyclesKey] }),
      ]),
    [queryClient],
  );
}

/** One request to an appraisal: `path` is below `/appraisals/:id` ('' for the appraisal itself). */
export type AppraisalRequest = { method: 'post' | 'put' | 'patch'; path: string; body?: unknown };

/**
 * Changes an appraisal by one or more requests in order (save, then propose), then refreshes what
 * shows it, also after a failure part-way (the first requests may have been saved). Failures are
 * reported by the caller, which knows the form to put field errors on.
 */
export function useAppraisalChange(appraisalId: string) {
  const refresh = useRefreshAppraisals();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (requests: AppraisalRequest[]) => {
      try {
        for (const { method, path, body } of requests) {
          const url = `/appraisals/${appraisalId}${path}`;
          // Every step takes a JSON object, an empty one when it carries nothing.
          if (method === 'post') await api.post(url, body ?? {});
          else if (method === 'put') await api.put(url, body);
          else await api.patch(url, body ?? {});
        }
      } finally {
        await refresh();
      }
      return queryClient.getQueryData<Appraisal>([appraisalsKey, 'one', appraisalId]);
    },
  });
}
