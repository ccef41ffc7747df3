import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../contracts/learning-sessions';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import {
  RegistrationBadge,
  SessionStatusBadge,
  useRestrictedName,
  useSessionDates,
  useSessionPlace,
} from './session-labels';

/** What a session is: when and where, who organises and delivers it, the seats and the registration rules. */
export function SessionHeader({ session: s }: { session: Session }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const dates = useSessionDates();
  const place = useSessionPlace();
  const restrictedTo = useRestrictedName(s);
  const seats = t('header.seats', {
    confirmed: format.number(s.confirmed),
    capacity: format.number(s.capacity),
  });

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group gap="xs">
          <SessionStatusBadge status={s.status} />
          {s.status === 'scheduled' ? <RegistrationBadge session={s} /> : null}
          {restrictedTo ? (
            <Text size="sm" c="dimmed">
              {t('header.onlyFor', { organisation: restrictedTo })}
            </Text>
          ) : null}
        </Group>
        <DetailList
          items={[
            { label: t('fields.reference'), value: s.reference },
            { label: t('columns.dates'), value: dates(s.days) },
            { label: t('fields.mode'), value: t(`modes.${s.mode}`) },
            {
              label: t('columns.place'),
              value:
                s.mode !== 'in_person' && s.onlineUrl ? (
                  <Anchor href={s.onlineUrl} target="_blank" rel="noreferrer">
                    {s.onlineUrl}
                  </Anchor>
                ) : (
                  place(s)
                ),
            },
            {
              label: t('fields.organiser'),
              value: format.name({ name: s.organiserName, nameLatin: s.organiserNameLatin }),
            },
            {
              label: t('fields.trainers'),
              value: s.trainers.length ? s.trainers.map((tr) => format.name(tr)).join(', ') : '—',
            },
            {
              label: t('columns.seats'),
              value: s.waitlisted ? `${seats} · ${t('list.waiting', { count: s.waitlisted })}` : seats,
            },
            {
              label: t('header.registration'),
              value: `${format.date(s.registrationOpens)} – ${format.date(s.registrationCloses)}`,
            },
            { label: t('fields.cancelUntil'), value: format.date(s.cancelUntil) },
            {
              label: t('fields.requiresApproval'),
              value: s.requiresApproval ? t('header.yes') : t('header.no'),
            },
            {
              label: t('fields.completionPercent'),
              value: t('header.completion', { percent: s.completionPercent }),
            },
            { label: t('header.hours'), value: format.number(s.hours) },
          ]}
        />
        {s.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.note}
          </Text>
        ) : null}
        <DaysTable session={s} />
      </Stack>
    </Card>
  );
}

function DaysTable({ session }: { session: Session }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={4} aria-label={t('fields.days')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('header.day')}</Table.Th>
            <Table.Th scope="col">{t('fields.dayDateColumn')}</Table.Th>
            <Table.Th scope="col">{t('header.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.days.map((d, i) => (
            <Table.Tr key={d.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{format.date(d.date)}</Table.Td>
              <Table.Td>{`${d.startsAt} – ${d.endsAt}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
