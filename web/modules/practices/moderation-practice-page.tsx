import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Practice } from '../../../contracts/practices';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { ReasonDialog, type ReasonRequest } from '../../components/reason-dialog';
import { PracticeStatusBadge, usePracticeText } from './practice-labels';
import { thisMonday } from './practice-moderators';
import { usePractice, useStorePractice } from './practice-queries';
import { PracticeView, usePracticeVersion } from './practice-view';
import { PublishDialog } from './publish-dialog';

/** One practice as the association moderates it: publish with the judgement, return, reject, feature. */
export function ModerationPracticePage() {
  const { t } = useTranslation('practices');
  const { id = '' } = useParams();
  const practice = usePractice(id);
  const back = { to: '/practices/moderation', label: t('moderation.title') };
  if (!practice.data)
    return (
      <Page title={t('view.loadingTitle')} back={back}>
        {practice.isError ? (
          <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return <Moderation key={practice.data.id} practice={practice.data} back={back} />;
}

type Decision = 'return' | 'reject';

function Moderation({ practice: p, back }: { practice: Practice; back: { to: string; label: string } }) {
  const { t } = useTranslation('practices');
  const me = useMe();
  const format = useFormat();
  const text = usePracticeText();
  const store = useStorePractice();
  const version = usePracticeVersion(p);
  const [publishing, setPublishing] = useState(false);
  const [reason, setReason] = useState<ReasonRequest | null>(null);
  const moderates = canOn(me, 'practices.moderate', { organisationId: p.bodyId, countryCode: p.countryCode });
  const done = (message: string) => async (saved: Practice) => {
    notifySuccess(message);
    await store(saved);
  };

  const decide = (decision: Decision) =>
    setReason({
      title: t(`moderation.${decision}Title`),
      message: t(`moderation.${decision}Message`),
      label: t('moderation.note'),
      required: true,
      submitLabel: t(`moderation.${decision}`),
      danger: decision === 'reject',
      field: 'note',
      maxLength: 4000,
      send: async (body) =>
        done(t(`moderation.done.${decision}`))(
          await api.post<Practice>(`/practices/${p.id}/moderation`, { decision, note: body.note }),
        ),
      onDone: () => undefined,
      testId: `moderation-${decision}`,
    });
  const feature = () =>
    setReason({
      title: t('week.makeTitle'),
      message: t('week.makeMessage', { date: format.date(thisMonday()) }),
      label: t('moderation.note'),
      required: false,
      submitLabel: t('week.make'),
      field: 'note',
      maxLength: 1000,
      send: (body) =>
        api.put('/practice-weeks', {
          bodyId: p.bodyId,
          practiceId: p.id,
          weekOf: thisMonday(),
          note: body.note,
        }),
      onDone: () => {
        notifySuccess(t('week.made'));
        void store(p);
      },
      testId: 'practice-week',
    });

  const submitted = moderates && p.status === 'submitted';
  return (
    <Page
      title={text.text(version.texts.locale, version.texts.title)}
      back={back}
      actions={
        submitted ? (
          <>
            <Button onClick={() => setPublishing(true)} data-testid="moderation-publish">
              {t('moderation.publish')}
            </Button>
            <Button variant="default" onClick={() => decide('return')} data-testid="moderation-return">
              {t('moderation.return')}
            </Button>
            <Button
              variant="default"
              color="red.8"
              onClick={() => decide('reject')}
              data-testid="moderation-reject"
            >
              {t('moderation.reject')}
            </Button>
          </>
        ) : moderates && p.status === 'published' ? (
          <Button variant="default" onClick={feature} data-testid="practice-make-week">
            {t('week.make')}
          </Button>
        ) : null
      }
    >
      <Stack gap="xs">
        <Group gap="sm">
          <PracticeStatusBadge status={p.status} />
          {p.status === 'published' ? (
            <Anchor component={Link} to={`/practices/${p.id}`} size="sm">
              {t('view.publicPage')}
            </Anchor>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('moderation.sentBy', {
            municipality: text.municipality(p),
            date: format.dateTime(p.submittedAt),
          })}
        </Text>
      </Stack>
      {p.moderationNote ? (
        <Alert color="gray" variant="light" title={t('moderation.note')} data-testid="moderation-note">
          {p.moderationNote}
        </Alert>
      ) : null}
      <PracticeView practice={p} version={version} />
      {publishing ? (
        <PublishDialog
          practice={p}
          onClose={() => setPublishing(false)}
          onDone={(saved) => void done(t('moderation.done.publish'))(saved)}
        />
      ) : null}
      {reason ? <ReasonDialog {...reason} onClose={() => setReason(null)} /> : null}
    </Page>
  );
}
