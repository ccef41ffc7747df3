import { Anchor, Button, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../contracts/learning-sessions';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useSession as useAuthSession, useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { useProgrammeTitle } from './learning-options';
import { SessionDialog } from './session-dialog';
import { addDays, todayIso } from './session-form';
import { RegistrationBadge, useRestrictedName, useSessionDates, useSessionPlace } from './session-labels';
import { SessionFilters, useReaderCountry, useSessionFilters } from './sessions-filters';

/**
 * The sessions the reader sees: the country's announced ones, and a organiser's own drafts; new
 * sessions for those who organise them.
 */
export function SessionsPage() {
  const { t } = useTranslation('training-sessions');
  const { can } = useAuthSession();
  const me = useMe();
  const filters = useSessionFilters();
  const [mine, setMine] = useUrlParam('mine');
  const [creating, setCreating] = useState(false);
  const trainer = me.memberships.some((m) => m.role === 'trainer');
  const today = todayIso();
  const list = usePagedList<Session>('sessions', '/sessions', {
    ...filters.query,
    country: useReaderCountry(),
    from: filters.period === 'upcoming' ? today : undefined,
    to: filters.period === 'past' ? addDays(today, -1) : undefined,
    mine: trainer && mine ? 'trainer' : undefined,
    // The past reads backwards from yesterday; the future forwards from today.
    order: filters.period === 'upcoming' ? 'asc' : 'desc',
  });

  return (
    <Page
      title={t('list.title')}
      actions={
        can('learning.manage') ? (
          <Button onClick={() => setCreating(true)} data-testid="new-session">
            {t('list.new')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" size="sm" maw={800}>
        {t('list.intro')}
      </Text>
      <Stack gap="sm">
        <SessionFilters filters={filters} />
        {trainer ? (
          <Switch
            label={t('list.mine')}
            checked={Boolean(mine)}
            onChange={(e) => setMine(e.currentTarget.checked ? '1' : null)}
            data-testid="sessions-mine"
          />
        ) : null}
      </Stack>
      <SessionsTable list={list} filtered={filters.active || Boolean(mine)} />
      {creating ? <SessionDialog onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}

function SessionsTable({
  list,
  filtered,
}: {
  list: ReturnType<typeof usePagedList<Session>>;
  filtered: boolean;
}) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const title = useProgrammeTitle();
  const dates = useSessionDates();
  const place = useSessionPlace();
  const columns = ['reference', 'programme', 'dates', 'place', 'organiser', 'seats', 'registration'] as const;
  return (
    <PagedTable
      list={list}
      filtered={filtered}
      empty={{ title: t('list.empty'), description: t('list.emptyHint') }}
      minWidth={960}
      head={columns.map((c) => (
        <Table.Th key={c} scope="col">
          {t(`columns.${c}`)}
        </Table.Th>
      ))}
    >
      {(s) => (
        <Table.Tr key={s.id} data-testid="session-row">
          <Table.Td>
            <Anchor component={Link} to={`/sessions/${s.id}`} fw={500} style={{ whiteSpace: 'nowrap' }}>
              {s.reference}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{title(s.programmeTitle)}</Text>
            <Text size="xs" c="dimmed">
              {s.programmeCode}
            </Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm">{dates(s.days)}</Text>
            <Text size="xs" c="dimmed">
              {t('list.daysHours', { count: s.days.length, hours: format.number(s.hours) })}
            </Text>
          </Table.Td>
          <Table.Td>{place(s)}</Table.Td>
          <Table.Td>
            <Text size="sm">{format.name({ name: s.organiserName, nameLatin: s.organiserNameLatin })}</Text>
            {s.restrictedToName ? <OnlyFor session={s} /> : null}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm">
              {t('list.seats', {
                confirmed: format.number(s.confirmed),
                capacity: format.number(s.capacity),
              })}
            </Text>
            {s.waitlisted > 0 ? (
              <Text size="xs" c="dimmed">
                {t('list.waiting', { count: s.waitlisted })}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>
            <RegistrationBadge session={s} />
          </Table.Td>
        </Table.Tr>
      )}
    </PagedTable>
  );
}

function OnlyFor({ session }: { session: Session }) {
  const { t } = useTranslation('training-sessions');
  const name = useRestrictedName(session);
  return (
    <Text size="xs" c="dimmed">
      {t('list.onlyFor', { organisation: name })}
    </Text>
  );
}
