import { Button, Checkbox, Group, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { AttendanceUpdate, Session, SessionDay } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { CheckInDialog } from './check-in-dialog';
import { todayIso } from './session-form';
import { useAttendance, useRefreshSessions, useSessionEnrolments } from './sessions-queries';

// Those who hold a seat, before the judgement and after it.
const seated = new Set(['confirmed', 'completed', 'not_completed']);

/** The register of a session, a day at a time, and the day's QR code for self check-in. */
export function AttendancePanel({ session }: { session: Session }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const today = todayIso();
  // Today's day when there is one, else the first.
  const [dayId, setDayId] = useState(
    (session.days.find((d) => d.date === today) ?? session.days[0])?.id ?? '',
  );
  const day = session.days.find((d) => d.id === dayId);
  const enrolments = useSessionEnrolments(session.id);
  const attendance = useAttendance(session.id);
  // Kept here so that a refresh of the register does not close the projected code.
  const [qrDay, setQrDay] = useState<SessionDay | null>(null);
  const dayLabel = (d: SessionDay, i: number) =>
    t('attendance.dayLabel', { number: i + 1, date: format.date(d.date) });

  if (enrolments.isPending || attendance.isPending) return <LoadingState />;
  if (enrolments.isError)
    return <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />;
  if (attendance.isError)
    return <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />;
  const participants = enrolments.data.filter((e) => seated.has(e.status));
  const options = session.days.map((d, i) => ({ value: d.id, label: dayLabel(d, i) }));

  return (
    <Stack gap="md">
      {options.length > 4 ? (
        <NativeSelect
          label={t('attendance.day')}
          value={dayId}
          onChange={(e) => setDayId(e.currentTarget.value)}
          data={options}
          w={{ base: '100%', sm: 320 }}
        />
      ) : (
        <SegmentedControl
          value={dayId}
          onChange={setDayId}
          data={options}
          aria-label={t('attendance.day')}
          style={{ alignSelf: 'flex-start' }}
          data-testid="attendance-days"
        />
      )}
      {day ? (
        <DayRegister
          key={`${day.id}-${attendance.dataUpdatedAt}`}
          session={session}
          day={day}
          participants={participants}
          marks={attendance.data.items.filter((a) => a.dayId === day.id)}
          onShowQr={() => setQrDay(day)}
        />
      ) : null}
      {qrDay ? (
        <CheckInDialog
          session={session}
          day={qrDay}
          onClose={() => {
            setQrDay(null);
            // Participants who scanned it are in the register now.
            void attendance.refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}

type Mark = { enrolmentId: string; present: boolean; method?: 'register' | 'qr' };

function DayRegister({
  session,
  day,
  participants,
  marks,
  onShowQr,
}: {
  session: Session;
  day: SessionDay;
  participants: Enrolment[];
  marks: Mark[];
  onShowQr: () => void;
}) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const refresh = useRefreshSessions();
  const byEnrolment = new Map(marks.map((m) => [m.enrolmentId, m]));
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(participants.map((p) => [p.id, byEnrolment.get(p.id)?.present ?? false])),
  );
  const editable = session.status === 'scheduled' && day.date <= todayIso();
  const save = useMutation({
    mutationFn: (body: AttendanceUpdate) => api.put(`/sessions/${session.id}/attendance`, body),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('attendance.saved', { date: format.date(day.date) }));
    },
    onError: (error) => reportError(error),
  });
  const count = Object.values(present).filter(Boolean).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('attendance.summary', { present: count, total: participants.length })}
        </Text>
        {session.status === 'scheduled' ? (
          <Button variant="default" onClick={onShowQr} data-testid="check-in-open">
            {t('attendance.qr')}
          </Button>
        ) : null}
      </Group>
      {!editable && session.status === 'scheduled' ? <Text size="sm">{t('attendance.notYet')}</Text> : null}
      {participants.length === 0 ? (
        <EmptyNotice title={t('attendance.empty')} description={t('attendance.emptyHint')} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({
              dayId: day.id,
              entries: participants.map((p) => ({ enrolmentId: p.id, present: Boolean(present[p.id]) })),
            });
          }}
        >
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={480}>
              <Table striped verticalSpacing="xs" aria-label={t('attendance.register')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('participants.participant')}</Table.Th>
                    <Table.Th scope="col">{t('participants.municipality')}</Table.Th>
                    <Table.Th scope="col">{t('attendance.present')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {participants.map((p) => {
                    const name = format.name({ name: p.participantName, nameLatin: p.participantNameLatin });
                    return (
                      <Table.Tr key={p.id} data-testid="attendance-row">
                        <Table.Td>{name}</Table.Td>
                        <Table.Td>
                          {format.name({ name: p.organisationName, nameLatin: p.organisationNameLatin })}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Checkbox
                              checked={Boolean(present[p.id])}
                              disabled={!editable}
                              onChange={(e) => {
                                const checked = e.currentTarget.checked;
                                setPresent((prev) => ({ ...prev, [p.id]: checked }));
                              }}
                              aria-label={t('attendance.presentFor', { name })}
                            />
                            {byEnrolment.get(p.id)?.method === 'qr' ? (
                              <Text size="xs" c="dimmed">
                                {t('attendance.byQr')}
                              </Text>
                            ) : null}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {editable ? (
              <Group>
                <Button
                  variant="light"
                  onClick={() => setPresent(Object.fromEntries(participants.map((p) => [p.id, true])))}
                  data-testid="attendance-all"
                >
                  {t('attendance.allPresent')}
                </Button>
                <Button type="submit" loading={save.isPending} data-testid="attendance-save">
                  {t('attendance.save')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
