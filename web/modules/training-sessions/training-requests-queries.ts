import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Request lists share this prefix with `usePagedList('training-requests', …)`. */
export const requestsKey = 'training-requests';

export function useRefreshRequests() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [requestsKey] }), [queryClient]);
}
