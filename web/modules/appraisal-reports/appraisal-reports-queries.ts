import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Completion, Distribution, DistributionDimension } from '../../../contracts/appraisal-reports';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import type { ReportWhere } from '../reports/reports-queries';

// Units and municipalities arrive named in the reader's language: a change of language asks again.
export function useDistribution(where: ReportWhere, by: DistributionDimension, year: number | null) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['appraisal-reports', 'distribution', where, by, year, locale],
    queryFn: () =>
      api.get<Distribution>('/appraisal-reports/distribution', { ...where, by, year: year ?? undefined }),
    // Another year keeps the page in place while it loads.
    placeholderData: keepPreviousData,
  });
}

export function useCompletion(cycleId: string) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['appraisal-reports', 'completion', cycleId, locale],
    queryFn: () => api.get<Completion>('/appraisal-reports/completion', { cycleId }),
  });
}
