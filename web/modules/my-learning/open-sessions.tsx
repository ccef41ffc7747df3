import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { usePagedList } from '../../app/queries';
import { ConfirmModal } from '../../components/confirm-modal';
import { PagedTable } from '../../components/paged-table';
import { today } from '../positions/positions-queries';
import { useLearningText } from './my-learning-labels';
import { sessionsKey, useLearningAction } from './my-learning-queries';

type Props = {
  /** Sessions where the person already holds or waits for a place. */
  enrolledSessionIds: Set<string>;
  /** The person's own file, which the enrolment names; null when they cannot enrol themselves. */
  employeeId: string | null;
  /** Sessions of the person's own country: one cannot enrol across the border. */
  countryCode: string | undefined;
};

/** What enrolling in this session will lead to, said before the person confirms. */
function useEnrolMessage() {
  const { t } = useTranslation('my-learning');
  const text = useLearningText();
  return (s: Session) =>
    [
      t('enrol.message', {
        programme: text.title(s.programmeTitle),
        dates: text.dates(firstDay(s), lastDay(s)),
      }),
      s.registration === 'waiting_list' ? t('enrol.waitingList') : '',
      s.requiresApproval ? t('enrol.needsApproval') : '',
    ]
      .filter(Boolean)
      .join(' ');
}

const firstDay = (s: Session) => s.days[0]?.date ?? '';
const lastDay = (s: Session) => s.days.at(-1)?.date ?? '';

/** Announced sessions from today on, with self-enrolment where registration is open. */
export function OpenSessions({ enrolledSessionIds, employeeId, countryCode }: Props) {
  const { t } = useTranslation('my-learning');
  const format = useFormat();
  const text = useLearningText();
  const list = usePagedList<Session>(sessionsKey, '/sessions', {
    status: 'scheduled',
    from: today(),
    country: countryCode,
    limit: 50,
  });
  const enrol = useLearningAction<{ items: Enrolment[] }>();
  const message = useEnrolMessage();
  const [confirming, setConfirming] = useState<Session | null>(null);

  const outcome = (placed: Enrolment | undefined) => {
    if (placed?.approval === 'pending') return t('enrol.doneApproval');
    if (placed?.status === 'waitlisted')
      return t('enrol.doneWaitlisted', { position: placed.waitlistPosition ?? '—' });
    return t('enrol.done');
  };
  const action = (s: Session) => {
    if (enrolledSessionIds.has(s.id))
      return (
        <Text size="sm" c="dimmed">
          {t('open.enrolled')}
        </Text>
      );
    if (s.registration === 'not_yet')
      return (
        <Text size="sm" c="dimmed">
          {t('open.opensOn', { date: format.date(s.registrationOpens) })}
        </Text>
      );
    if (s.registration === 'closed')
      return (
        <Text size="sm" c="dimmed">
          {t('open.closed')}
        </Text>
      );
    if (!employeeId) return null;
    return (
      <Button
        size="xs"
        variant={s.registration === 'open' ? 'filled' : 'light'}
        onClick={() => setConfirming(s)}
        aria-label={t('open.enrolLabel', { programme: text.title(s.programmeTitle) })}
        data-testid="self-enrol"
      >
        {s.registration === 'open' ? t('open.enrol') : t('open.joinWaitingList')}
      </Button>
    );
  };

  return (
    <>
      <PagedTable
        list={list}
        filtered={false}
        empty={{ title: t('open.emptyTitle'), description: t('open.empty') }}
        minWidth={860}
        head={
          <>
            <Table.Th scope="col">{t('columns.programme')}</Table.Th>
            <Table.Th scope="col">{t('columns.organiser')}</Table.Th>
            <Table.Th scope="col">{t('columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('columns.place')}</Table.Th>
            <Table.Th scope="col">{t('columns.seats')}</Table.Th>
            <Table.Th scope="col">{t('columns.registration')}</Table.Th>
          </>
        }
      >
        {(s) => (
          <Table.Tr key={s.id} data-testid="open-session">
            <Table.Td>
              <Text size="sm" fw={500}>
                {text.title(s.programmeTitle)}
              </Text>
              <Text size="xs" c="dimmed">
                {s.reference}
                {s.requiresApproval ? ` · ${t('open.approvalNeeded')}` : ''}
              </Text>
            </Table.Td>
            <Table.Td>{text.name(s.organiserName, s.organiserNameLatin)}</Table.Td>
            <Table.Td>{text.dates(firstDay(s), lastDay(s))}</Table.Td>
            <Table.Td>{[t(`modes.${s.mode}`), s.venue].filter(Boolean).join(' · ')}</Table.Td>
            <Table.Td>
              {t('open.seats', { taken: format.number(s.confirmed), capacity: format.number(s.capacity) })}
            </Table.Td>
            <Table.Td>{action(s)}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      <ConfirmModal
        opened={Boolean(confirming)}
        title={t('enrol.title')}
        message={confirming ? message(confirming) : ''}
        confirmLabel={t('enrol.submit')}
        loading={enrol.isPending}
        onConfirm={() =>
          confirming &&
          employeeId &&
          enrol.mutate(
            { path: '/enrolments', body: { sessionId: confirming.id, employeeIds: [employeeId] } },
            {
              onSuccess: (answer) => {
                notifySuccess(outcome(answer.items[0]));
                setConfirming(null);
              },
              onError: (error) => {
                setConfirming(null);
                reportError(error);
              },
            },
          )
        }
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
