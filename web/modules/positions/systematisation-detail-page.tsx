import { Alert, Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Position, Systematisation } from '../../../contracts/positions';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useOrganisation, useOrgUnits } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { AdoptDialog } from './adopt-dialog';
import { PositionDetailsModal } from './position-details-modal';
import { PositionDialog } from './position-dialog';
import { type PositionAction, PositionTable } from './position-table';
import { SystematisationStatusBadge, usePackLabels } from './positions-labels';
import {
  inForce,
  usePeoplePack,
  useRefreshPositions,
  useSystematisation,
  useSystematisations,
} from './positions-queries';
import { StaffingReport } from './staffing-report';
import { SystematisationDialog } from './systematisation-dialog';
import { useUnitNames } from './unit-options';

type Dialog =
  | { kind: 'editAct' }
  | { kind: 'newDraft' }
  | { kind: 'adopt' }
  | { kind: 'deleteAct' }
  | { kind: 'addPosition' }
  | PositionAction;

/** One version of the act: its data and actions, its positions, and the staffing report. */
export function SystematisationDetailPage() {
  const { t } = useTranslation('positions');
  const { id = '' } = useParams();
  const version = useSystematisation(id);
  const back = { to: '/systematisations', label: t('list.title') };

  if (version.isPending || version.isError) {
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        {version.isPending ? (
          <LoadingState />
        ) : (
          <ErrorState error={version.error} onRetry={() => void version.refetch()} />
        )}
      </Page>
    );
  }
  return <VersionView version={version.data} />;
}

function VersionView({ version: v }: { version: Systematisation }) {
  const { t } = useTranslation('positions');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshPositions();
  const organisation = useOrganisation(v.organisationId);
  const units = useOrgUnits(v.organisationId);
  const versions = useSystematisations(v.organisationId);
  const pack = usePeoplePack(organisation.data?.countryCode);
  const labels = usePackLabels(pack);
  const unitItems = units.data?.items ?? [];
  const unitName = useUnitNames(unitItems);
  const [unitFilter] = useUrlParam('unit');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const listPath = `/systematisations?organisationId=${v.organisationId}`;
  const o = organisation.data;
  const canManage = o
    ? canOn(me, 'positions.manage', { organisationId: o.id, countryCode: o.countryCode })
    : false;
  const isDraft = v.status === 'draft';
  const editable = isDraft && canManage;
  const current = inForce(versions.data?.items);

  const deleteAct = useMutation({
    mutationFn: () => api.delete(`/systematisations/${v.id}`),
    onSuccess: async () => {
      notifySuccess(t('act.deleted', { number: v.number }));
      navigate(listPath);
      await refresh();
    },
    onError: (error) => {
      reportError(error);
      close();
    },
  });
  const deletePosition = useMutation({
    mutationFn: (p: Position) => api.delete(`/positions/${p.id}`),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('position.deleted'));
      close();
    },
    onError: (error) => {
      reportError(error);
      close();
    },
  });

  const actions = canManage ? (
    isDraft ? (
      <>
        <Button variant="default" onClick={() => setDialog({ kind: 'editAct' })}>
          {tc('actions.edit')}
        </Button>
        <Button variant="default" color="red.8" onClick={() => setDialog({ kind: 'deleteAct' })}>
          {t('act.delete')}
        </Button>
        <Button onClick={() => setDialog({ kind: 'adopt' })} disabled={v.positions === 0}>
          {t('adopt.action')}
        </Button>
      </>
    ) : (
      <Button variant="default" onClick={() => setDialog({ kind: 'newDraft' })}>
        {t('detail.newDraftFromThis')}
      </Button>
    )
  ) : null;

  return (
    <Page
      title={t('act.numbered', { number: v.number })}
      back={{ to: listPath, label: t('list.title') }}
      actions={actions}
    >
      {v.status === 'superseded' ? (
        <Alert color="gray" variant="light" title={t('detail.supersededTitle')}>
          {t('detail.superseded')}{' '}
          {current ? (
            <Anchor component={Link} to={`/systematisations/${current.id}`} size="sm">
              {t('detail.openInForce', { number: current.number })}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      {isDraft ? (
        <Alert color="yellow" variant="light" title={t('detail.draftTitle')}>
          {editable && v.positions === 0 ? t('detail.draftEmpty') : t('detail.draft')}
        </Alert>
      ) : null}

      <Card withBorder padding="lg">
        <DetailList
          items={[
            { label: t('fields.organisation'), value: o ? format.name(o) : '—' },
            { label: t('fields.status'), value: <SystematisationStatusBadge status={v.status} /> },
            { label: t('fields.actDate'), value: format.date(v.actDate) },
            { label: t('fields.validFrom'), value: format.date(v.validFrom) },
            { label: t('fields.positions'), value: format.number(v.positions) },
            { label: t('fields.executors'), value: format.number(v.executors) },
            ...(v.adoptedAt ? [{ label: t('fields.adoptedAt'), value: format.dateTime(v.adoptedAt) }] : []),
            { label: t('fields.notes'), value: v.notes ?? '—' },
          ]}
        />
      </Card>

      <Stack gap="md" component="section" aria-labelledby="positions-heading">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="positions-heading">
            {t('positions.title')}
          </Title>
          {editable ? (
            <Button onClick={() => setDialog({ kind: 'addPosition' })} disabled={!pack || !units.data}>
              {t('position.add')}
            </Button>
          ) : null}
        </Group>
        {units.isError ? <ErrorState error={units.error} onRetry={() => void units.refetch()} /> : null}
        <PositionTable
          version={v}
          units={unitItems}
          labels={labels}
          editable={editable}
          onAction={setDialog}
        />
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="staffing-heading">
        <Title order={2} size="h3" id="staffing-heading">
          {t('staffing.title')}
        </Title>
        <StaffingReport version={v} units={unitItems} />
      </Stack>

      {dialog?.kind === 'editAct' ? (
        <SystematisationDialog organisationId={v.organisationId} version={v} onClose={close} />
      ) : null}
      {dialog?.kind === 'newDraft' ? (
        <SystematisationDialog
          organisationId={v.organisationId}
          sources={versions.data?.items ?? [v]}
          defaultSource={v}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'adopt' ? <AdoptDialog draft={v} current={current} onClose={close} /> : null}
      <ConfirmModal
        opened={dialog?.kind === 'deleteAct'}
        title={t('act.deleteTitle', { number: v.number })}
        message={t('act.deleteMessage', { positions: format.number(v.positions) })}
        confirmLabel={t('act.delete')}
        danger
        loading={deleteAct.isPending}
        onConfirm={() => deleteAct.mutate()}
        onClose={close}
      />
      {(dialog?.kind === 'addPosition' || dialog?.kind === 'edit') && o ? (
        <PositionDialog
          systematisationId={v.id}
          countryCode={o.countryCode}
          units={unitItems}
          labels={labels}
          position={dialog.kind === 'edit' ? dialog.position : undefined}
          defaultUnitId={unitFilter || undefined}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'view' ? (
        <PositionDetailsModal
          position={dialog.position}
          unitName={unitName(dialog.position.orgUnitId)}
          labels={labels}
          onEdit={editable ? () => setDialog({ kind: 'edit', position: dialog.position }) : undefined}
          onClose={close}
        />
      ) : null}
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('position.deleteTitle')}
        message={
          dialog?.kind === 'delete' ? t('position.deleteMessage', { name: format.name(dialog.position) }) : ''
        }
        confirmLabel={t('position.delete')}
        danger
        loading={deletePosition.isPending}
        onConfirm={() => dialog?.kind === 'delete' && deletePosition.mutate(dialog.position)}
        onClose={close}
      />
    </Page>
  );
}
