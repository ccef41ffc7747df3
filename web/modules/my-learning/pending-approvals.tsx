import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ErrorState, LoadingState } from '../../components/query-states';
import { ReasonDialog, type ReasonRequest } from '../../components/reason-dialog';
import { RecordTable } from '../people/file-section';
import { useLearningText } from './my-learning-labels';
import { useEnrolments, useLearningAction } from './my-learning-queries';

/** Places that wait for the signed-in manager's yes or no. */
export function PendingApprovals() {
  const { t } = useTranslation('my-learning');
  const format = useFormat();
  const text = useLearningText();
  const pending = useEnrolments({ mine: 'approver', approval: 'pending' });
  const approve = useLearningAction();
  const decline = useLearningAction();
  const [declining, setDeclining] = useState<ReasonRequest | null>(null);

  if (pending.isPending) return <LoadingState />;
  if (pending.isError) return <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />;

  const declineAction = (e: Enrolment, person: string, programme: string): ReasonRequest => ({
    title: t('approvals.declineTitle'),
    message: t('approvals.declineMessage', { person, programme }),
    label: t('approvals.declineReason'),
    required: true,
    submitLabel: t('approvals.decline'),
    danger: true,
    send: (body) => decline.mutateAsync({ path: `/enrolments/${e.id}/decline`, body }),
    onDone: () => notifySuccess(t('approvals.declined', { person })),
    testId: 'reason',
  });
  const rows = (pending.data?.items ?? []).map((e) => {
    const person = text.name(e.participantName, e.participantNameLatin);
    const programme = text.title(e.programmeTitle);
    return {
      key: e.id,
      testId: 'pending-approval',
      cells: [
        <Stack key="person" gap={0}>
          <Text size="sm" fw={500}>
            {person}
          </Text>
          {e.jobTitle ? (
            <Text size="xs" c="dimmed">
              {e.jobTitle}
            </Text>
          ) : null}
        </Stack>,
        <Stack key="programme" gap={0}>
          <Text size="sm">{programme}</Text>
          <Text size="xs" c="dimmed">
            {e.sessionReference}
          </Text>
        </Stack>,
        text.dates(e.firstDay, e.lastDay),
        <Stack key="asked" gap={0}>
          <Text size="sm">{format.date(e.createdAt)}</Text>
          <Text size="xs" c="dimmed">
            {t(`enrolledBy.${e.enrolledBy}`)}
          </Text>
        </Stack>,
        <Group key="actions" gap="xs" wrap="nowrap">
          <Button
            size="xs"
            loading={approve.isPending && approve.variables?.path.startsWith(`/enrolments/${e.id}/`)}
            aria-label={t('approvals.approveLabel', { person, programme })}
            onClick={() =>
              approve.mutate(
                { path: `/enrolments/${e.id}/approve` },
                {
                  onSuccess: () => notifySuccess(t('approvals.approved', { person })),
                  onError: (error) => reportError(error),
                },
              )
            }
            data-testid="approve"
          >
            {t('approvals.approve')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red.8"
            aria-label={t('approvals.declineLabel', { person, programme })}
            onClick={() => setDeclining(declineAction(e, person, programme))}
            data-testid="decline"
          >
            {t('approvals.decline')}
          </Button>
        </Group>,
      ],
    };
  });

  return (
    <>
      <RecordTable
        minWidth={820}
        empty={t('approvals.empty')}
        head={[
          t('columns.participant'),
          t('columns.programme'),
          t('columns.dates'),
          t('columns.asked'),
          t('columns.actions'),
        ]}
        rows={rows}
      />
      {declining ? <ReasonDialog {...declining} onClose={() => setDeclining(null)} /> : null}
    </>
  );
}
