import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Page } from '../../contracts/common';
import type { Country, Organisation, OrgUnit } from '../../contracts/organisations';
import { api, type QueryParams } from './api-client';

/** A keyset-paginated list: pages are fetched with the previous page's `nextCursor` as `cursor`. */
export function usePagedList<T>(key: string, path: string, params: QueryParams, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: [key, 'list', params],
    queryFn: ({ pageParam }) => api.get<Page<T>>(path, { ...params, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

export function useCountries(enabled = true) {
  return useQuery({
    queryKey: ['countries'],
    queryFn: () => api.get<{ items: Country[] }>('/countries'),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function useOrganisation(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organisations', 'one', id],
    queryFn: () => api.get<Organisation>(`/organisations/${id}`),
    enabled: Boolean(id),
  });
}

export function useOrgUnits(organisationId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['org-units', organisationId],
    queryFn: () => api.get<{ items: OrgUnit[] }>('/org-units', { organisationId }),
    enabled: Boolean(organisationId) && enabled,
  });
}
