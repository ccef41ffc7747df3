import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PeoplePack, StaffingReport, Systematisation } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useCountries } from '../../app/queries';

/** Versions, their details and staffing reports share this prefix, so one invalidation refreshes them. */
const versionsKey = 'systematisations';

export function useSystematisations(organisationId: string | null | undefined) {
  return useQuery({
    queryKey: [versionsKey, 'list', organisationId],
    queryFn: () => api.get<{ items: Systematisation[] }>('/systematisations', { organisationId }),
    enabled: Boolean(organisationId),
  });
}

export function useSystematisation(id: string) {
  return useQuery({
    queryKey: [versionsKey, 'one', id],
    queryFn: () => api.get<Systematisation>(`/systematisations/${id}`),
  });
}

export function useStaffing(id: string) {
  return useQuery({
    queryKey: [versionsKey, 'staffing', id],
    queryFn: () => api.get<StaffingReport>(`/systematisations/${id}/staffing`),
  });
}

/** The people rules (categories, titles) of the organisation's country. */
export function usePeoplePack(countryCode: string | undefined): PeoplePack | null {
  const countries = useCountries(Boolean(countryCode));
  return countries.data?.items.find((c) => c.code === countryCode)?.people ?? null;
}

/** After any change to an act or its positions: counts, staffing and lists all move together. */
export function useRefreshPositions() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [versionsKey] }),
        queryClient.invalidateQueries({ queryKey: ['positions'] }),
      ]),
    [queryClient],
  );
}

/** The act in force: the adopted version (older ones are superseded). */
export function inForce(versions: Systematisation[] | undefined): Systematisation | null {
  return versions?.find((v) => v.status === 'adopted') ?? null;
}

/** Today as YYYY-MM-DD in the reader's time zone (a date input's default). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
