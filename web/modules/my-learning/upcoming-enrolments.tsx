import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { useDownload } from '../../app/download';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { ReasonDialog, type ReasonRequest } from '../../components/reason-dialog';
import { today } from '../positions/positions-queries';
import { ApprovalBadge, EnrolmentStatusBadge, useLearningText } from './my-learning-labels';
import { useLearningAction, useSessionsById } from './my-learning-queries';

/** Where a session takes place: the room, or the link of a live online session. */
function Place({ session }: { session: Session }) {
  const { t } = useTranslation('my-learning');
  return (
    <Text size="sm">
      {t(`modes.${session.mode}`)}
      {session.venue ? ` · ${session.venue}` : null}
      {session.onlineUrl ? (
        <>
          {' · '}
          <Anchor href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
            {t('upcoming.join')}
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}

/** Where the place stands: on the waiting list, waiting for the manager, or declined and why. */
function Standing({ enrolment: e }: { enrolment: Enrolment }) {
  const { t } = useTranslation('my-learning');
  if (e.approval === 'pending') return <Text size="sm">{t('upcoming.awaitingApproval')}</Text>;
  if (e.status === 'waitlisted')
    return (
      <Text size="sm">
        {e.waitlistPosition
          ? t('upcoming.waitlistPosition', { position: e.waitlistPosition })
          : t('upcoming.waitlisted')}
      </Text>
    );
  return null;
}

function UpcomingCard({
  enrolment: e,
  session,
  onCancel,
}: {
  enrolment: Enrolment;
  session: Session | undefined;
  onCancel: () => void;
}) {
  const { t } = useTranslation('my-learning');
  const format = useFormat();
  const text = useLearningText();
  const calendar = useDownload();
  const ics = `/sessions/${e.sessionId}/calendar.ics`;
  const cancellable = session ? today() <= session.cancelUntil : false;
  return (
    <Card withBorder padding="md" data-testid="upcoming-enrolment">
      <Stack gap={6}>
        <Text fw={600}>{text.title(e.programmeTitle)}</Text>
        <Text size="sm" c="dimmed">
          {t('upcoming.reference', { reference: e.sessionReference })} · {text.dates(e.firstDay, e.lastDay)}
        </Text>
        {session ? <Place session={session} /> : null}
        <Group gap={6}>
          <EnrolmentStatusBadge status={e.status} />
          <ApprovalBadge approval={e.approval} />
        </Group>
        <Standing enrolment={e} />
        {session ? (
          <Text size="sm" c="dimmed">
            {cancellable
              ? t('upcoming.cancelUntil', { date: format.date(session.cancelUntil) })
              : t('upcoming.cancelClosed')}
          </Text>
        ) : null}
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            variant="default"
            loading={calendar.busy === ics}
            onClick={() => void calendar.download(ics)}
          >
            {t('upcoming.addToCalendar')}
          </Button>
          {cancellable ? (
            <Button
              size="xs"
              variant="subtle"
              color="red.8"
              onClick={onCancel}
              data-testid="enrolment-cancel"
            >
              {t('upcoming.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** Places still ahead: confirmed or waiting, with the way to give them back while that is allowed. */
export function UpcomingEnrolments({ enrolments }: { enrolments: Enrolment[] }) {
  const { t } = useTranslation('my-learning');
  const text = useLearningText();
  const sessions = useSessionsById(enrolments.map((e) => e.sessionId));
  const cancel = useLearningAction();
  const [cancelling, setCancelling] = useState<ReasonRequest | null>(null);
  if (enrolments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('upcoming.empty')}
      </Text>
    );
  const cancelAction = (e: Enrolment): ReasonRequest => ({
    title: t('cancel.title'),
    message: t('cancel.message', { programme: text.title(e.programmeTitle) }),
    label: t('cancel.reason'),
    required: false,
    submitLabel: t('cancel.submit'),
    danger: true,
    send: (body) => cancel.mutateAsync({ path: `/enrolments/${e.id}/cancel`, body }),
    onDone: () => notifySuccess(t('cancel.done')),
    testId: 'reason',
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {enrolments.map((e) => (
          <UpcomingCard
            key={e.id}
            enrolment={e}
            session={sessions.get(e.sessionId)}
            onCancel={() => setCancelling(cancelAction(e))}
          />
        ))}
      </SimpleGrid>
      {cancelling ? <ReasonDialog {...cancelling} onClose={() => setCancelling(null)} /> : null}
    </>
  );
}
