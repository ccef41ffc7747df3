import { useQuery } from '@tanstack/react-query';
import type { HeadcountDimension, HeadcountReport, MovementsReport } from '../../../contracts/reports';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';

/** Whose figures: one organisation, or a whole country. */
export type ReportWhere = { organisationId: string } | { country: string };

// Organisation names arrive in the reader's language: a change of language asks again.
export function useHeadcount(where: ReportWhere, by: HeadcountDimension) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['reports', 'headcount', where, by, locale],
    queryFn: () => api.get<HeadcountReport>('/reports/headcount', { ...where, by }),
  });
}

export function useMovements(where: ReportWhere, from: number, to: number) {
  return useQuery({
    queryKey: ['reports', 'movements', where, from, to],
    queryFn: () => api.get<MovementsReport>('/reports/movements', { ...where, from, to }),
  });
}
