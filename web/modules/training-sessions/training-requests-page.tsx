import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TrainingRequest, trainingRequestStatuses } from '../../../contracts/training-requests';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { usePagedList } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { ConfirmModal } from '../../components/confirm-modal';
import { FilterSelect } from '../../components/filter-select';
import { Page } from '../../components/page';
import { EmptyNotice } from '../../components/query-states';
import { ReasonDialog } from '../../components/reason-dialog';
import { type RequestSide, requestSides } from './request-access';
import { RequestDialog } from './request-dialog';
import { type RequestAction, RequestsTable } from './requests-table';
import { ScheduleDialog } from './schedule-dialog';
import { requestsKey, useRefreshRequests } from './training-requests-queries';

type View = 'sent' | 'incoming';

/**
 * Trainings on request: a municipality asks a national body and follows its answer; the body
 * accepts, declines or schedules a session for that municipality.
 */
export function TrainingRequestsPage() {
  const { t } = useTranslation('training-sessions');
  const sides = requestSides(useMe());
  const views: View[] = [
    ...(sides.sent.length ? (['sent'] as const) : []),
    ...(sides.incoming.length || sides.everywhere ? (['incoming'] as const) : []),
  ];
  const [viewParam, setView] = useUrlParam('view');
  const view = views.find((v) => v === viewParam) ?? views[0];
  const content = (v: View) =>
    v === 'sent' ? (
      <RequestList side="sent" organisations={sides.sent} />
    ) : (
      <RequestList side="incoming" organisations={sides.everywhere ? [] : sides.incoming} />
    );

  return (
    <Page title={t('requests.title')}>
      <Text c="dimmed" size="sm" maw={800}>
        {view === 'incoming' ? t('requests.introIncoming') : t('requests.introSent')}
      </Text>
      {!view ? (
        <EmptyNotice title={t('requests.noSide')} description={t('requests.noSideHint')} />
      ) : views.length === 1 ? (
        content(view)
      ) : (
        <Tabs value={view} onChange={(v) => setView(v)} keepMounted={false}>
          <Tabs.List mb="md">
            {views.map((v) => (
              <Tabs.Tab key={v} value={v} data-testid={`requests-tab-${v}`}>
                {t(`requests.tabs.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {views.map((v) => (
            <Tabs.Panel key={v} value={v}>
              {content(v)}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Page>
  );
}

type Dialog = { action: RequestAction | 'new'; request: TrainingRequest | null } | null;

/** One side's requests: filters, the table, and the dialog of the action chosen. */
function RequestList({ side, organisations }: { side: View; organisations: RequestSide[] }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const refresh = useRefreshRequests();
  const [status, setStatus] = useUrlParam('status');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  // One municipality or body in practice; a reader with several sees the first (the API filters by one).
  const own = organisations[0];
  const list = usePagedList<TrainingRequest>(requestsKey, '/training-requests', {
    organisationId: side === 'sent' ? own?.id : undefined,
    bodyId: side === 'incoming' ? own?.id : undefined,
    status,
  });
  const withdraw = useMutation({
    mutationFn: (r: TrainingRequest) => api.post(`/training-requests/${r.id}/withdraw`, {}),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('requests.withdrawn'));
      close();
    },
    onError: (error) => reportError(error),
  });
  const request = dialog?.request ?? null;
  const municipality = request
    ? format.name({ name: request.organisationName, nameLatin: request.organisationNameLatin })
    : '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <FilterSelect
          label={t('fields.status')}
          value={status || null}
          onChange={setStatus}
          options={trainingRequestStatuses.map((s) => ({ value: s, label: t(`requestStatus.${s}`) }))}
        />
        {side === 'sent' && own ? (
          <Button onClick={() => setDialog({ action: 'new', request: null })} data-testid="request-new">
            {t('requests.new')}
          </Button>
        ) : null}
      </Group>
      <RequestsTable
        list={list}
        side={side}
        filtered={Boolean(status)}
        onAction={(action, r) => setDialog({ action, request: r })}
      />

      {dialog?.action === 'new' && own ? <RequestDialog organisation={own} onClose={close} /> : null}
      {dialog?.action === 'schedule' && request ? <ScheduleDialog request={request} onClose={close} /> : null}
      <ConfirmModal
        opened={dialog?.action === 'withdraw'}
        title={t('requests.withdrawTitle')}
        message={t('requests.withdrawMessage', { topic: request?.topic ?? '' })}
        confirmLabel={t('requests.actions.withdraw')}
        danger
        loading={withdraw.isPending}
        onConfirm={() => request && withdraw.mutate(request)}
        onClose={close}
      />
      {(dialog?.action === 'accept' || dialog?.action === 'decline') && request ? (
        <ReasonDialog
          title={t(`requests.${dialog.action}Title`, { organisation: municipality })}
          message={t(`requests.${dialog.action}Message`, { topic: request.topic })}
          field="answer"
          label={dialog.action === 'accept' ? t('requests.acceptNote') : t('requests.declineReason')}
          required={dialog.action === 'decline'}
          submitLabel={t(`requests.actions.${dialog.action}`)}
          danger={dialog.action === 'decline'}
          send={(body) => api.post(`/training-requests/${request.id}/${dialog.action}`, body)}
          onDone={() => {
            void refresh();
            notifySuccess(t(dialog.action === 'accept' ? 'requests.accepted' : 'requests.declined'));
          }}
          onClose={close}
          testId={`request-${dialog.action}`}
        />
      ) : null}
    </Stack>
  );
}
