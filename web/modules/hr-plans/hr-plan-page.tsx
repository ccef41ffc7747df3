import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { HrPlanDetail } from '../../../contracts/hr-plans';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useDownload } from '../../app/download';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { usePeoplePack } from '../positions/positions-queries';
import { HrPlanActualSection } from './hr-plan-actual';
import { HrPlanAdoptDialog } from './hr-plan-adopt-dialog';
import { HrPlanLinesTable } from './hr-plan-lines-table';
import { HrPlanStatusBadge } from './hr-plan-status-badge';
import { useHrPlan, useRefreshHrPlans } from './hr-plans-queries';

/** One yearly HR plan: its header, its lines (edited while a draft), documents and plan vs actual. */
export function HrPlanPage() {
  const { t } = useTranslation('hr-plans');
  const { id = '' } = useParams();
  const plan = useHrPlan(id);
  return plan.isPending ? (
    <LoadingState />
  ) : plan.isError ? (
    <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
  ) : (
    <PlanView
      plan={plan.data}
      back={{ to: `/hr-plans?organisationId=${plan.data.organisationId}`, label: t('plan.back') }}
    />
  );
}

function PlanView({ plan, back }: { plan: HrPlanDetail; back: { to: string; label: string } }) {
  const { t } = useTranslation('hr-plans');
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshHrPlans();
  const organisation = useOrganisation(plan.organisationId);
  const countryCode = organisation.data?.countryCode;
  const pack = usePeoplePack(countryCode);
  const draft = plan.status === 'draft';
  const canManage = countryCode
    ? canOn(me, 'hr-plans.manage', { organisationId: plan.organisationId, countryCode })
    : false;
  const editable = draft && canManage;
  const [adopting, setAdopting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notes, setNotes] = useState(plan.notes ?? '');

  const saveNotes = useMutation({
    mutationFn: () => api.patch<HrPlanDetail>(`/hr-plans/${plan.id}`, { notes: notes.trim() || null }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('plan.notesSaved'));
    },
    onError: (error) => reportError(error),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/hr-plans/${plan.id}`),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('plan.deleted'));
      void navigate(back.to);
    },
    onError: (error) => reportError(error),
  });
  const { busy, download } = useDownload();
  const documentPath = (kind: 'pdf' | 'xlsx') => `/hr-plans/${plan.id}/${kind}`;

  return (
    <Page
      title={t('plan.title', { year: plan.year })}
      back={back}
      actions={
        <>
          <Button
            variant="default"
            loading={busy === documentPath('pdf')}
            onClick={() => void download(documentPath('pdf'))}
          >
            {t('plan.downloadPdf')}
          </Button>
          <Button
            variant="default"
            loading={busy === documentPath('xlsx')}
            onClick={() => void download(documentPath('xlsx'))}
          >
            {t('plan.downloadXlsx')}
          </Button>
          {editable ? (
            <>
              <Button variant="default" color="red.8" onClick={() => setDeleting(true)}>
                {t('plan.delete')}
              </Button>
              <Button onClick={() => setAdopting(true)}>{t('adopt.action')}</Button>
            </>
          ) : null}
        </>
      }
    >
      <Card withBorder padding="md">
        <DetailList
          items={[
            {
              label: t('fields.organisation'),
              value: organisation.data ? format.name(organisation.data) : '—',
            },
            { label: t('fields.year'), value: plan.year },
            { label: t('fields.status'), value: <HrPlanStatusBadge status={plan.status} /> },
            { label: t('fields.systematisation'), value: plan.systematisationNumber ?? '—' },
            { label: t('fields.actNumber'), value: plan.actNumber ?? '—' },
            { label: t('fields.adoptedAt'), value: format.date(plan.adoptedAt) },
            ...(editable ? [] : [{ label: t('fields.notes'), value: plan.notes ?? '—' }]),
          ]}
        />
      </Card>
      {editable ? (
        <Stack gap="xs" maw={800}>
          <Textarea
            label={t('fields.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              size="xs"
              variant="default"
              loading={saveNotes.isPending}
              onClick={() => saveNotes.mutate()}
            >
              {t('plan.saveNotes')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('plan.lines')}
        </Title>
        {draft ? null : <Card padding="sm">{t('plan.locked')}</Card>}
        <HrPlanLinesTable key={plan.updatedAt} plan={plan} pack={pack} editable={editable} />
      </Stack>
      <HrPlanActualSection planId={plan.id} pack={pack} />
      {adopting ? <HrPlanAdoptDialog plan={plan} onClose={() => setAdopting(false)} /> : null}
      <ConfirmModal
        opened={deleting}
        title={t('plan.deleteTitle', { year: plan.year })}
        message={t('plan.deleteMessage')}
        confirmLabel={t('plan.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setDeleting(false)}
      />
    </Page>
  );
}
