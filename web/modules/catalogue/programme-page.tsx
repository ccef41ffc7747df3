import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Programme, ProgrammeStatus } from '../../../contracts/learning-catalogue';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection } from '../people/file-section';
import { ProgrammeStatusBadge, useCatalogueText } from './catalogue-labels';
import { useProgramme, useSessions, useStoreProgramme } from './catalogue-queries';
import { ProgrammeDialog } from './programme-dialog';
import { ProgrammeCompetencies, ProgrammeFacts } from './programme-facts';
import { ProgrammeMaterials } from './programme-materials';
import { SessionTable } from './session-table';

/** One programme in the app: its entry, and for its owner editing, publication and materials; its sessions. */
export function ProgrammePage() {
  const { t } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const back = { to: '/programmes', label: t('list.title') };
  if (!programme.data)
    return (
      <Page title={t('programme.loadingTitle')} back={back}>
        {programme.isError ? (
          <ErrorState error={programme.error} onRetry={() => void programme.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return <ProgrammeView programme={programme.data} back={back} />;
}

/** The status a publication action moves to: a draft or a withdrawn programme is published, a published one withdrawn. */
const nextStatus = (status: ProgrammeStatus): ProgrammeStatus =>
  status === 'published' ? 'withdrawn' : 'published';

function ProgrammeView({
  programme: p,
  back,
}: {
  programme: Programme;
  back: { to: string; label: string };
}) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const text = useCatalogueText();
  const store = useStoreProgramme();
  const [dialog, setDialog] = useState<'edit' | 'status' | null>(null);
  const close = () => setDialog(null);
  const canManage = canOn(me, 'learning.manage', { organisationId: p.ownerId, countryCode: p.countryCode });
  const target = nextStatus(p.status);

  const changeStatus = useMutation({
    mutationFn: () => api.patch<Programme>(`/programmes/${p.id}`, { status: target }),
    onSuccess: async (saved) => {
      await store(saved);
      notifySuccess(t(`publication.${target}Done`));
      close();
    },
    onError: (error) => {
      close();
      reportError(error);
    },
  });

  const summary = text.summary(p);
  return (
    <Page
      title={text.title(p)}
      back={back}
      actions={
        <>
          {p.status === 'published' ? (
            <Button component={Link} to={`/catalogue/${p.id}`} variant="default">
              {t('programme.inPublicCatalogue')}
            </Button>
          ) : null}
          {canManage ? (
            <>
              <Button variant="default" onClick={() => setDialog('edit')} data-testid="programme-edit">
                {tc('actions.edit')}
              </Button>
              <Button
                color={target === 'withdrawn' ? 'red.8' : undefined}
                variant={target === 'withdrawn' ? 'default' : 'filled'}
                onClick={() => setDialog('status')}
                data-testid="programme-status-action"
              >
                {t(`publication.${target}`)}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <Group gap="sm">
        <ProgrammeStatusBadge status={p.status} />
        <Text size="sm" c="dimmed">
          {t('programme.updatedAt', { date: format.dateTime(p.updatedAt) })}
        </Text>
      </Group>
      <Stack gap="lg">
        {summary ? (
          <Text maw={860} className="pre-wrap">
            {summary}
          </Text>
        ) : null}
        <FileSection title={t('programme.about')}>
          <ProgrammeFacts programme={p} />
        </FileSection>
        <FileSection title={t('programme.competencies')}>
          <ProgrammeCompetencies programme={p} />
        </FileSection>
        <ProgrammeMaterials programme={p} canManage={canManage} />
        <ProgrammeSessions programmeId={p.id} />
      </Stack>
      {dialog === 'edit' ? (
        <ProgrammeDialog
          programme={p}
          owners={[]}
          onClose={close}
          onSaved={async (saved) => {
            await store(saved);
            close();
          }}
        />
      ) : null}
      <ConfirmModal
        opened={dialog === 'status'}
        title={t(`publication.${target}Title`)}
        message={t(`publication.${target}Message`, { title: text.title(p) })}
        confirmLabel={t(`publication.${target}`)}
        danger={target === 'withdrawn'}
        loading={changeStatus.isPending}
        onConfirm={() => changeStatus.mutate()}
        onClose={close}
      />
    </Page>
  );
}

/** Every session of the programme the reader may see, drafts and past ones included. */
function ProgrammeSessions({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('catalogue');
  const sessions = useSessions({ programmeId });
  return (
    <FileSection title={t('sessions.title')}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <SessionTable
          sessions={sessions.data.items}
          withStatus
          empty={t('sessions.none')}
          link={(s) => ({
            to: `/sessions/${s.id}`,
            label: t('sessions.openSession', { reference: s.reference }),
          })}
        />
      )}
    </FileSection>
  );
}
