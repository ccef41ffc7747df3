import { useQuery } from '@tanstack/react-query';
import type { OwnFiles } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { useMe } from '../../app/session-context';

/** The id of the signed-in person's active personnel file, or null when the account has none. */
export function useOwnEmployeeId() {
  const me = useMe();
  const query = useQuery({
    queryKey: ['me', 'personnel-files', me.user.id],
    queryFn: () => api.get<OwnFiles>('/me/personnel-files'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return { employeeId: query.data?.items[0]?.id ?? null, pending: query.isPending };
}
