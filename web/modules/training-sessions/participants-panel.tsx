import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Session } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { ReasonDialog } from '../../components/reason-dialog';
import { enrolmentOrganisation, enrolsFor } from './enrol-access';
import { EnrolDialog } from './enrol-dialog';
import { todayIso } from './session-form';
import { ApprovalBadge, EnrolmentStatusBadge } from './session-labels';
import { useRefreshSessions, useSessionEnrolments } from './sessions-queries';

const active = new Set(['confirmed', 'waitlisted']);

/** Who is enrolled: the organiser sees everyone, an HR officer their municipality's people. */
export function ParticipantsPanel({ session, organiser }: { session: Session; organiser: boolean }) {
  const { t } = useTranslation('training-sessions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const refresh = useRefreshSessions();
  const enrolments = useSessionEnrolments(session.id);
  const [enrolling, setEnrolling] = useState(false);
  const [cancelling, setCancelling] = useState<Enrolment | null>(null);
  const home = enrolmentOrganisation(me, session);
  const items = enrolments.data ?? [];
  // Past the cancellation day only the organiser may still cancel a seat.
  const mayCancel = (e: Enrolment) =>
    active.has(e.status) &&
    (organiser ||
      (enrolsFor(me, e.organisationId, session.countryCode) && todayIso() <= session.cancelUntil));
  const name = (e: Enrolment) => format.name({ name: e.participantName, nameLatin: e.participantNameLatin });
  const columns = ['participant', 'municipality', 'job', 'status', 'approval', 'attendance'] as const;

  return (
    <Stack gap="md">
      {home ? (
        <Group>
          <Button onClick={() => setEnrolling(true)} data-testid="enrol-employees-open">
            {t('enrol.open')}
          </Button>
        </Group>
      ) : null}
      {enrolments.isPending ? (
        <LoadingState />
      ) : enrolments.isError ? (
        <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />
      ) : items.length === 0 ? (
        <EmptyNotice
          title={t('participants.empty')}
          description={home ? t('participants.emptyHintEnrol') : t('participants.emptyHint')}
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('tabs.participants')}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {t(`participants.${c}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <VisuallyHidden>{tc('table.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id} data-testid="participant-row">
                  <Table.Td fw={500}>{name(e)}</Table.Td>
                  <Table.Td>
                    {format.name({ name: e.organisationName, nameLatin: e.organisationNameLatin })}
                  </Table.Td>
                  <Table.Td>{e.jobTitle ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <EnrolmentStatusBadge status={e.status} />
                      {e.status === 'waitlisted' && e.waitlistPosition ? (
                        <Text size="sm" c="dimmed">
                          {t('enrol.position', { position: e.waitlistPosition })}
                        </Text>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <ApprovalBadge approval={e.approval} />
                  </Table.Td>
                  <Table.Td>
                    {t('participants.days', { attended: e.attendedDays, total: session.days.length })}
                  </Table.Td>
                  <Table.Td>
                    {mayCancel(e) ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red.8"
                        onClick={() => setCancelling(e)}
                        aria-label={t('participants.cancelFor', { name: name(e) })}
                      >
                        {t('participants.cancel')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {enrolling && home ? (
        <EnrolDialog
          session={session}
          organisation={home}
          enrolled={new Set(items.filter((e) => active.has(e.status)).map((e) => e.employeeId))}
          onClose={() => setEnrolling(false)}
        />
      ) : null}
      {cancelling ? (
        <ReasonDialog
          title={t('participants.cancelTitle', { name: name(cancelling) })}
          message={t('participants.cancelMessage')}
          field="reason"
          label={t('fields.reasonOptional')}
          required={false}
          submitLabel={t('participants.cancelConfirm')}
          danger
          send={(body) => api.post(`/enrolments/${cancelling.id}/cancel`, body)}
          onDone={() => {
            void refresh();
            notifySuccess(t('participants.cancelled', { name: name(cancelling) }));
          }}
          onClose={() => setCancelling(null)}
          testId="enrolment-cancel"
        />
      ) : null}
    </Stack>
  );
}
