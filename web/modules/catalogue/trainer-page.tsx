import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Trainer } from '../../../contracts/learning-trainers';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { ConfirmModal } from '../../components/confirm-modal';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection } from '../people/file-section';
import { TrainerStatusBadge, useCatalogueText } from './catalogue-labels';
import { useSessions, useStoreTrainer, useTrainer } from './catalogue-queries';
import { SessionTable } from './session-table';
import { TrainerDialog } from './trainer-dialog';

/** One entry of the trainers' register: profile, accreditation, sessions delivered and rating. */
export function TrainerPage() {
  const { t } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const trainer = useTrainer(id);
  const back = { to: '/trainers', label: t('trainers.title') };
  if (!trainer.data)
    return (
      <Page title={t('trainers.loadingTitle')} back={back}>
        {trainer.isError ? (
          <ErrorState error={trainer.error} onRetry={() => void trainer.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return <TrainerView trainer={trainer.data} back={back} />;
}

function TrainerView({ trainer: tr, back }: { trainer: Trainer; back: { to: string; label: string } }) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const text = useCatalogueText();
  const store = useStoreTrainer();
  const [dialog, setDialog] = useState<'edit' | 'suspend' | null>(null);
  const close = () => setDialog(null);
  // The register belongs to a national body: its administrators (or a platform administrator) keep it.
  const canManage = canOn(me, 'learning.manage', { organisationId: tr.organisationId, countryCode: '' });

  const suspend = useMutation({
    mutationFn: () => api.patch<Trainer>(`/trainers/${tr.id}`, { suspended: !tr.suspended }),
    onSuccess: async (saved) => {
      await store(saved);
      notifySuccess(saved.suspended ? t('trainerPage.suspended') : t('trainerPage.reinstated'));
      close();
    },
    onError: (error) => {
      close();
      reportError(error);
    },
  });

  const rating =
    tr.averageRating === null
      ? t('trainerPage.noRating')
      : t('trainerPage.ratingValue', { rating: format.number(Math.round(tr.averageRating * 10) / 10) });
  const suspendAction = tr.suspended ? 'reinstate' : 'suspend';

  return (
    <Page
      title={format.name(tr)}
      back={back}
      actions={
        canManage ? (
          <>
            <Button variant="default" onClick={() => setDialog('edit')} data-testid="trainer-edit">
              {tc('actions.edit')}
            </Button>
            <Button
              variant="default"
              color={tr.suspended ? undefined : 'red.8'}
              onClick={() => setDialog('suspend')}
              data-testid="trainer-suspend"
            >
              {t(`trainerPage.${suspendAction}`)}
            </Button>
          </>
        ) : null
      }
    >
      <Group gap="sm">
        <TrainerStatusBadge status={tr.status} />
        <Text size="sm" c="dimmed">
          {tr.organisationName}
        </Text>
      </Group>
      <Stack gap="lg">
        <FileSection title={t('trainerPage.profile')}>
          <DetailList
            items={[
              { label: t('fields.kinds'), value: text.kinds(tr.kinds) },
              {
                label: t('fields.topicAreas'),
                value: tr.topicAreas.map((a) => text.topicArea(a, tr.countryCode)).join(', '),
              },
              { label: t('fields.accreditationNumber'), value: tr.accreditationNumber },
              {
                label: t('fields.accreditationPeriod'),
                value: `${format.date(tr.accreditedOn)} – ${format.date(tr.accreditedUntil)}`,
              },
              { label: t('fields.skillsCheckOn'), value: format.date(tr.skillsCheckOn) },
              { label: t('fields.trainerCourseOn'), value: format.date(tr.trainerCourseOn) },
              ...(tr.email !== null || tr.phone !== null
                ? [
                    { label: t('fields.email'), value: tr.email ?? '—' },
                    { label: t('fields.phone'), value: tr.phone ?? '—' },
                  ]
                : []),
              {
                label: t('fields.account'),
                value: tr.userId ? t('trainerPage.hasAccount') : t('trainerPage.noAccount'),
              },
              { label: t('trainerPage.sessionsDelivered'), value: format.number(tr.sessionsDelivered) },
              { label: t('trainerPage.averageRating'), value: rating },
            ]}
          />
        </FileSection>
        <FileSection title={t('trainerPage.experience')}>
          <DetailList
            items={(['expertise', 'teachingExperience', 'publications'] as const).map((field) => ({
              label: t(`fields.${field}`),
              value: tr[field] ? <span className="pre-wrap">{tr[field]}</span> : '—',
            }))}
          />
        </FileSection>
        <TrainerSessions trainerId={tr.id} />
      </Stack>
      {dialog === 'edit' ? (
        <TrainerDialog
          trainer={tr}
          owners={[]}
          countryCode={tr.countryCode}
          onClose={close}
          onSaved={async (saved) => {
            await store(saved);
            close();
          }}
        />
      ) : null}
      <ConfirmModal
        opened={dialog === 'suspend'}
        title={t(`trainerPage.${suspendAction}Title`)}
        message={t(`trainerPage.${suspendAction}Message`, { name: format.name(tr) })}
        confirmLabel={t(`trainerPage.${suspendAction}`)}
        danger={!tr.suspended}
        loading={suspend.isPending}
        onConfirm={() => suspend.mutate()}
        onClose={close}
      />
    </Page>
  );
}

/** The sessions the trainer delivers or delivered, as far as the reader may see them. */
function TrainerSessions({ trainerId }: { trainerId: string }) {
  const { t } = useTranslation('catalogue');
  const sessions = useSessions({ trainerId });
  return (
    <FileSection title={t('trainerPage.sessions')}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <SessionTable
          sessions={sessions.data.items}
          withProgramme
          withStatus
          empty={t('trainerPage.noSessions')}
          link={(s) => ({
            to: `/sessions/${s.id}`,
            label: t('sessions.openSession', { reference: s.reference }),
          })}
        />
      )}
    </FileSection>
  );
}
