import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type { Competency } from '../../../contracts/competencies';
import { api } from '../../app/api-client';

/** Framework lists share this prefix, so one invalidation refreshes every view of them. */
const competenciesKey = 'competencies';

type FrameworkParams = {
  countryCode?: string | null;
  /** Adds this municipality's special functional competencies to the country framework. */
  organisationId?: string | null;
  includeInactive?: boolean;
};

export function useCompetencies({ countryCode, organisationId, includeInactive = false }: FrameworkParams) {
  return useQuery({
    queryKey: [competenciesKey, 'list', { countryCode, organisationId, includeInactive }],
    queryFn: () =>
      api.get<{ items: Competency[] }>('/competencies', {
        countryCode,
        organisationId,
        includeInactive: includeInactive ? 'true' : undefined,
      }),
    enabled: Boolean(countryCode || organisationId),
    staleTime: 60_000,
  });
}

export function useRefreshCompetencies() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [competenciesKey] }), [queryClient]);
}

const rulesKey = (countryCode: string | null | undefined) => ['appraisal-rules', countryCode];

/** A country's appraisal rules: scale, grades and their names, deadlines. */
export function useAppraisalRules(countryCode: string | null | undefined) {
  return useQuery({
    queryKey: rulesKey(countryCode),
    queryFn: () => api.get<AppraisalRules>(`/countries/${countryCode}/appraisal-rules`),
    enabled: Boolean(countryCode),
    staleTime: 5 * 60_000,
  });
}

export function useStoreAppraisalRules(countryCode: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (rules: AppraisalRules) => queryClient.setQueryData(rulesKey(countryCode), rules),
    [queryClient, countryCode],
  );
}
