import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CorrectionRequest,
  CorrectionRequestCreate,
  CorrectionRequestListQuery,
} from '../../../contracts/correction-requests';
import { api } from '../../app/api-client';
import { usePagedList } from '../../app/queries';
import { employeesKey } from './people-queries';

const correctionsKey = 'correction-requests';

type Filters = Pick<CorrectionRequestListQuery, 'organisationId' | 'employeeId' | 'status'>;

/** Newest first; the server narrows to the reader's municipalities, or to their own file. */
export function useCorrectionRequests(filters: Filters, enabled = true) {
  return usePagedList<CorrectionRequest>(
    correctionsKey,
    '/correction-requests',
    { ...filters, limit: 50 },
    enabled,
  );
}

/** The employee asks the HR office to correct a part of their own file. */
export function useAskCorrection(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectionRequestCreate) =>
      api.post<CorrectionRequest>(`/employees/${employeeId}/correction-requests`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [correctionsKey] }),
  });
}

export type CorrectionDecision = { id: string; decision: 'accept' | 'reject'; note: string | null };

/** Accepting a plain field changes the file as well, so the open file and the directory reload too. */
export function useDecideCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: CorrectionDecision) =>
      api.post<CorrectionRequest>(`/correction-requests/${id}/${decision}`, { note }),
    onSuccess: async (_, { decision }) => {
      await queryClient.invalidateQueries({ queryKey: [correctionsKey] });
      if (decision === 'accept') await queryClient.invalidateQueries({ queryKey: [employeesKey] });
    },
  });
}
