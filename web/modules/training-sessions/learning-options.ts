import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type { Programme } from '../../../contracts/learning-catalogue';
import type { Trainer } from '../../../contracts/learning-trainers';
import type { Organisation } from '../../../contracts/organisations';
import type { EmployeeListItem } from '../../../contracts/people';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';

const options = { staleTime: 60_000 } as const;

/** Published programmes to pick from: a country's, or one catalogue's (`ownerId`). */
export function useProgrammeOptions(filter: { country?: string; ownerId?: string | null }, enabled = true) {
  return useQuery({
    queryKey: ['programmes', 'options', filter],
    queryFn: () =>
      api.get<Page<Programme>>('/programmes', {
        status: 'published',
        country: filter.country,
        ownerId: filter.ownerId ?? undefined,
        limit: 200,
      }),
    enabled,
    ...options,
  });
}

export function useProgramme(id: string | null | undefined) {
  return useQuery({
    queryKey: ['programmes', 'one', id],
    queryFn: () => api.get<Programme>(`/programmes/${id}`),
    enabled: Boolean(id),
    ...options,
  });
}

/** Accredited trainers who may deliver a session (the active ones of the country). */
export function useTrainerOptions(country: string | undefined) {
  return useQuery({
    queryKey: ['trainers', 'options', country],
    queryFn: () => api.get<Page<Trainer>>('/trainers', { country, status: 'active', limit: 200 }),
    ...options,
  });
}

/** The national bodies of a country: who a municipality may ask for a training. */
export function useNationalBodies(country: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'national-bodies', country],
    queryFn: () =>
      api.get<Page<Organisation>>('/organisations', { kind: 'national_body', country, limit: 200 }),
    enabled: Boolean(country) && enabled,
    ...options,
  });
}

/** Active employees of a municipality matching a search (the enrolment picker asks as one types). */
export function useEmployeeSearch(organisationId: string, q: string) {
  return useQuery({
    queryKey: ['employees', 'options', organisationId, q],
    queryFn: () =>
      api.get<Page<EmployeeListItem>>('/employees', { organisationId, status: 'active', q, limit: 50 }),
    staleTime: 30_000,
  });
}

/** A programme's title in the reader's language: the English title for English readers. */
export function useProgrammeTitle() {
  const format = useFormat();
  return (title: { name: string; nameLatin: string; nameEn: string }) => packLabel(title, format.locale);
}
