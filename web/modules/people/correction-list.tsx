import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CorrectionRequest } from '../../../contracts/correction-requests';
import { LoadMoreButton } from '../../components/load-more-button';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CorrectionCard } from './correction-card';
import { CorrectionDecisionDialog } from './correction-decision-dialog';
import type { CorrectionDecision, useCorrectionRequests } from './corrections-queries';

type Props = {
  list: ReturnType<typeof useCorrectionRequests>;
  /** What an empty list says. */
  empty: string;
  showEmployee?: boolean;
  /** The reader is the HR office of these requests: pending ones get Accept and Reject. */
  canDecide: boolean;
};

/** Correction requests, newest first, with the HR office's answer dialog. */
export function CorrectionList({ list, empty, showEmployee = false, canDecide }: Props) {
  const [deciding, setDeciding] = useState<{
    request: CorrectionRequest;
    decision: CorrectionDecision['decision'];
  } | null>(null);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap="sm" aria-busy={list.isFetching}>
      {list.items.map((request) => (
        <CorrectionCard
          key={request.id}
          request={request}
          showEmployee={showEmployee}
          onDecide={canDecide ? (decision) => setDeciding({ request, decision }) : null}
        />
      ))}
      <LoadMoreButton query={list} />
      {deciding ? <CorrectionDecisionDialog {...deciding} onClose={() => setDeciding(null)} /> : null}
    </Stack>
  );
}
