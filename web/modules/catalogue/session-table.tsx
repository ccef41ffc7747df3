import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../contracts/learning-sessions';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';

type Props = {
  sessions: Session[];
  /** The link of a row: the session page, labelled for what the reader can do there. */
  link: (session: Session) => { label: string; to: string };
  /** Adds the programme's title (a trainer's sessions span programmes). */
  withProgramme?: boolean;
  /** Adds the session's status (the app shows drafts and past sessions too). */
  withStatus?: boolean;
  empty: string;
};

/** Sessions of a programme or a trainer: when, where or how, who organises, seats left, registration. */
export function SessionTable({ sessions, link, withProgramme, withStatus, empty }: Props) {
  const { t } = useTranslation('catalogue');
  const format = useFormat();
  if (sessions.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="sessions-empty">
        {empty}
      </Text>
    );
  const when = (s: Session) => {
    const first = s.days[0];
    const last = s.days.at(-1);
    if (!first || !last) return '—';
    const dates =
      first.date === last.date
        ? format.date(first.date)
        : `${format.date(first.date)} – ${format.date(last.date)}`;
    return `${dates}, ${first.startsAt}–${first.endsAt}`;
  };
  const where = (s: Session): ReactNode =>
    s.mode === 'in_person' && s.venue ? `${t(`modes.${s.mode}`)}: ${s.venue}` : t(`modes.${s.mode}`);
  // Seats matter while one may still enrol.
  const seatsLeft = (s: Session) =>
    s.status === 'scheduled' ? format.number(Math.max(0, s.capacity - s.confirmed)) : '—';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sessions.when')}</Table.Th>
            {withProgramme ? <Table.Th scope="col">{t('sessions.programme')}</Table.Th> : null}
            <Table.Th scope="col">{t('sessions.where')}</Table.Th>
            <Table.Th scope="col">{t('sessions.organiser')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sessions.seatsLeft')}
            </Table.Th>
            <Table.Th scope="col">{t('sessions.registration')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('sessions.open')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => {
            const target = link(s);
            return (
              <Table.Tr key={s.id} data-testid="session-row">
                <Table.Td>{when(s)}</Table.Td>
                {withProgramme ? <Table.Td>{packLabel(s.programmeTitle, format.locale)}</Table.Td> : null}
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{where(s)}</Table.Td>
                <Table.Td>{format.name({ name: s.organiserName, nameLatin: s.organiserNameLatin })}</Table.Td>
                <Table.Td ta="right">{seatsLeft(s)}</Table.Td>
                <Table.Td>
                  {withStatus && s.status !== 'scheduled' ? (
                    <Badge variant="light" color="gray" tt="none" radius="sm">
                      {t(`sessionStatus.${s.status}`)}
                    </Badge>
                  ) : (
                    t(`registration.${s.registration}`)
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={target.to} size="sm" data-testid="session-link">
                    {target.label}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
