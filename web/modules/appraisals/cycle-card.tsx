import { Badge, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalCycle } from '../../../contracts/appraisals';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { useRefreshAppraisals } from './appraisals-queries';
import { CycleDeadlinesDialog } from './cycle-deadlines-dialog';
import { CycleProgress } from './cycle-progress';

type Props = {
  cycle: AppraisalCycle;
  selected: boolean;
  onSelect: () => void;
};

/**
 * One appraisal year: deadlines and progress. The HR officer acts on the selected year only, so
 * each action button exists once on the page: deadlines, reminders, closing.
 */
export function CycleCard({ cycle, selected, onSelect }: Props) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const refresh = useRefreshAppraisals();
  const [dialog, setDialog] = useState<'deadlines' | 'close' | null>(null);
  const open = cycle.status === 'open';
  const act = (path: string) => () =>
    api.post<{ sent?: number; progress?: AppraisalCycle['progress'] }>(
      `/appraisal-cycles/${cycle.id}/${path}`,
    );
  const remind = useMutation({
    mutationFn: act('reminders'),
    onSuccess: (result) =>
      notifySuccess(t('cycle.remindersSent', { number: format.number(result.sent ?? 0) })),
    onError: (error) => reportError(error),
  });
  const newcomers = useMutation({
    mutationFn: act('newcomers'),
    onSuccess: async (result) => {
      await refresh();
      const added = (result.progress?.total ?? cycle.progress.total) - cycle.progress.total;
      notifySuccess(t('cycle.newcomersAdded', { number: format.number(added) }));
    },
    onError: (error) => reportError(error),
  });
  const close = useMutation({
    mutationFn: act('close'),
    onSuccess: async () => {
      await refresh();
      setDialog(null);
      notifySuccess(t('cycle.closed', { year: cycle.year }));
    },
    onError: (error) => reportError(error),
  });

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label={t('cycle.title', { year: cycle.year })}
      style={selected ? { borderColor: 'var(--mantine-color-blue-8)', borderWidth: 2 } : undefined}
      data-testid="appraisal-cycle"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h4">
              {t('cycle.title', { year: cycle.year })}
            </Title>
            <Badge variant="light" color={open ? 'blue' : 'gray'} tt="none" radius="sm">
              {t(`cycleStatus.${cycle.status}`)}
            </Badge>
          </Group>
          {selected ? null : (
            <Button size="xs" variant="default" onClick={onSelect}>
              {t('cycle.show', { year: cycle.year })}
            </Button>
          )}
        </Group>
        <DetailList
          items={[
            { label: t('deadlines.goalsDue'), value: format.date(cycle.goalsDue) },
            { label: t('deadlines.interimDue'), value: format.date(cycle.interimDue) },
            { label: t('deadlines.finalDue'), value: format.date(cycle.finalDue) },
            open
              ? { label: t('cycle.openedAt'), value: format.date(cycle.openedAt) }
              : { label: t('cycle.closedAt'), value: format.date(cycle.closedAt) },
          ]}
        />
        <CycleProgress progress={cycle.progress} open={open} />
        {selected && open ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setDialog('deadlines')} data-testid="cycle-deadlines">
              {t('cycle.editDeadlines')}
            </Button>
            <Button
              variant="default"
              loading={remind.isPending}
              onClick={() => remind.mutate()}
              data-testid="cycle-reminders"
            >
              {t('cycle.sendReminders')}
            </Button>
            <Button
              variant="default"
              loading={newcomers.isPending}
              onClick={() => newcomers.mutate()}
              data-testid="cycle-newcomers"
            >
              {t('cycle.addNewcomers')}
            </Button>
            <Button variant="light" color="red" onClick={() => setDialog('close')} data-testid="cycle-close">
              {t('cycle.close')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {dialog === 'deadlines' ? <CycleDeadlinesDialog cycle={cycle} onClose={() => setDialog(null)} /> : null}
      <ConfirmModal
        opened={dialog === 'close'}
        title={t('cycle.closeTitle', { year: cycle.year })}
        message={t('cycle.closeMessage')}
        confirmLabel={t('cycle.close')}
        danger
        loading={close.isPending}
        onConfirm={() => close.mutate()}
        onClose={() => setDialog(null)}
      />
    </Card>
  );
}
