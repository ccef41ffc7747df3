import { Button, Card, Menu, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { AnnualProgramme } from '../../../contracts/annual-programmes';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useDownload } from '../../app/download';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { AnnualProgrammeExecution } from './annual-programme-execution';
import { AnnualProgrammeItems } from './annual-programme-items';
import { AnnualProgrammeStatusBadge } from './annual-programme-status-badge';
import { AnnualProgrammeStepDialog, type Step } from './annual-programme-step-dialog';
import { useAnnualProgramme, useRefreshAnnualProgrammes } from './annual-programmes-queries';

/** One yearly programme: header and workflow, items, documents and execution. */
export function AnnualProgrammePage() {
  const { id = '' } = useParams();
  const programme = useAnnualProgramme(id);
  return programme.isPending ? (
    <LoadingState />
  ) : programme.isError ? (
    <ErrorState error={programme.error} onRetry={() => void programme.refetch()} />
  ) : (
    <ProgrammeView programme={programme.data} />
  );
}

function ProgrammeView({ programme: p }: { programme: AnnualProgramme }) {
  const { t } = useTranslation('annual-programmes');
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshAnnualProgrammes();
  const canManage = canOn(me, 'learning.manage', {
    organisationId: p.organisationId,
    countryCode: p.countryCode,
  });
  const [step, setStep] = useState<Step | null>(null);
  const [confirming, setConfirming] = useState<'reopen' | 'delete' | null>(null);
  const back = { to: '/annual-programmes', label: t('list.title') };
  const finish = useMutation({
    mutationFn: async (action: 'reopen' | 'delete') => {
      if (action === 'reopen') await api.post<AnnualProgramme>(`/annual-programmes/${p.id}/reopen`);
      else await api.delete(`/annual-programmes/${p.id}`);
    },
    onSuccess: async (_, action) => {
      await refresh();
      notifySuccess(t(`${action}.done`));
      setConfirming(null);
      if (action === 'delete') void navigate(back.to);
    },
    onError: (error) => reportError(error),
  });
  const { busy, download } = useDownload();
  const documentButton = (doc: 'register-export' | 'execution-report', kind: 'xlsx' | 'pdf') => (
    <Menu.Item
      key={`${doc}-${kind}`}
      disabled={busy !== null}
      onClick={() => void download(`/annual-programmes/${p.id}/${doc}`, { format: kind })}
    >
      {t(`documents.${doc}.${kind}`)}
    </Menu.Item>
  );

  const actions = canManage ? (
    <>
      {p.status === 'draft' ? (
        <>
          <Button variant="default" color="red.8" onClick={() => setConfirming('delete')}>
            {t('delete.action')}
          </Button>
          <Button onClick={() => setStep('send-for-opinion')} disabled={!p.items.length}>
            {t('steps.send-for-opinion.action')}
          </Button>
        </>
      ) : null}
      {p.status === 'opinion' ? (
        <>
          <Button variant={p.opinionOn ? 'default' : 'filled'} onClick={() => setStep('record-opinion')}>
            {t('steps.record-opinion.action')}
          </Button>
          {p.opinionOn ? <Button onClick={() => setStep('adopt')}>{t('steps.adopt.action')}</Button> : null}
        </>
      ) : null}
      {p.status !== 'draft' ? (
        <Button variant="default" onClick={() => setConfirming('reopen')}>
          {t('reopen.action')}
        </Button>
      ) : null}
    </>
  ) : null;

  return (
    <Page
      title={p.title}
      back={back}
      actions={
        <>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" loading={busy !== null}>
                {t('documents.menu')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {documentButton('register-export', 'xlsx')}
              {documentButton('register-export', 'pdf')}
              {documentButton('execution-report', 'xlsx')}
              {documentButton('execution-report', 'pdf')}
            </Menu.Dropdown>
          </Menu>
          {actions}
        </>
      }
    >
      <Card withBorder padding="md">
        <DetailList
          items={[
            {
              label: t('fields.organisation'),
              value: format.name({ name: p.organisationName, nameLatin: p.organisationNameLatin }),
            },
            { label: t('fields.year'), value: p.year },
            { label: t('fields.kind'), value: t(`kind.${p.kind}`) },
            { label: t('fields.status'), value: <AnnualProgrammeStatusBadge status={p.status} /> },
            { label: t('fields.sentForOpinionOn'), value: format.date(p.sentForOpinionOn) },
            {
              label: t('fields.opinion'),
              value: p.opinion ? `${p.opinion} (${format.date(p.opinionOn)})` : '—',
            },
            {
              label: t('fields.adoptionAct'),
              value: p.adoptionAct ? `${p.adoptionAct} (${format.date(p.adoptedOn)})` : '—',
            },
          ]}
        />
      </Card>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('item.heading')}
        </Title>
        {p.status === 'draft' ? null : <Text size="sm">{t('item.locked')}</Text>}
        <AnnualProgrammeItems programme={p} editable={canManage && p.status === 'draft'} />
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('execution.heading')}
        </Title>
        <Text size="sm">{t('execution.explanation')}</Text>
        <AnnualProgrammeExecution id={p.id} />
      </Stack>
      {step ? <AnnualProgrammeStepDialog programme={p} step={step} onClose={() => setStep(null)} /> : null}
      <ConfirmModal
        opened={confirming !== null}
        title={confirming ? t(`${confirming}.title`) : ''}
        message={confirming ? t(`${confirming}.message`) : ''}
        confirmLabel={confirming ? t(`${confirming}.action`) : ''}
        danger={confirming === 'delete'}
        loading={finish.isPending}
        onConfirm={() => confirming && finish.mutate(confirming)}
        onClose={() => setConfirming(null)}
      />
    </Page>
  );
}
