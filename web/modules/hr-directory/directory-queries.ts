import { useQuery } from '@tanstack/react-query';
import type { DirectoryCard, DirectoryOrganisation } from '../../../contracts/hr-directory';
import { ApiError, api } from '../../app/api-client';

export const directoryKey = 'directory';
export const myCardKey = [directoryKey, 'mine'] as const;

/** The countries of the HR network (the filter's choices). */
export const directoryCountries = ['RS', 'BG'] as const;

/** Organisations with listed cards: the municipality filter. */
export function useDirectoryOrganisations(country: string) {
  return useQuery({
    queryKey: [directoryKey, 'organisations', country],
    queryFn: () =>
      api.get<{ items: DirectoryOrganisation[] }>('/directory/organisations', {
        country: country || undefined,
      }),
    staleTime: 60_000,
  });
}

/** The user's own card, or null before they write one (the server answers 404). */
export function useMyCard() {
  return useQuery({
    queryKey: myCardKey,
    queryFn: async () => {
      try {
        return await api.get<DirectoryCard>('/me/directory-card');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}
