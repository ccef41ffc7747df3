import { Anchor, Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { AnnualProgrammeCreateDialog } from './annual-programme-create-dialog';
import { AnnualProgrammeStatusBadge } from './annual-programme-status-badge';
import { useAnnualProgrammes } from './annual-programmes-queries';

/** The training programmes of a year the reader may see, and a new one for their organisation. */
export function AnnualProgrammesPage() {
  const { t } = useTranslation('annual-programmes');
  const format = useFormat();
  const me = useMe();
  const [year, setYear] = useState(new Date().getFullYear());
  const [creating, setCreating] = useState(false);
  const list = useAnnualProgrammes(year);
  const managed = me.memberships.filter((m) => canOn(me, 'learning.manage', m));
  const items = list.data?.items ?? [];

  return (
    <Page
      title={t('list.title')}
      actions={managed.length ? <Button onClick={() => setCreating(true)}>{t('list.create')}</Button> : null}
    >
      <Text size="sm">{t('list.intro')}</Text>
      <Group>
        <NumberInput
          label={t('fields.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
          min={2000}
          max={2100}
          w={110}
          data-testid="annual-programmes-year"
        />
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyNotice title={t('list.empty', { year })} description={t('list.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.organisation')}</Table.Th>
                <Table.Th>{t('fields.kind')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th ta="right">{t('columns.plannedSessions')}</Table.Th>
                <Table.Th ta="right">{t('columns.plannedParticipants')}</Table.Th>
                <Table.Th ta="right">{t('columns.budget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/annual-programmes/${p.id}`}>
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {format.name({ name: p.organisationName, nameLatin: p.organisationNameLatin })}
                  </Table.Td>
                  <Table.Td>{t(`kind.${p.kind}`)}</Table.Td>
                  <Table.Td>
                    <AnnualProgrammeStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td ta="right">{format.number(p.totals.sessions)}</Table.Td>
                  <Table.Td ta="right">{format.number(p.totals.participants)}</Table.Td>
                  <Table.Td ta="right">{format.number(p.totals.budget)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating ? (
        <AnnualProgrammeCreateDialog organisations={managed} year={year} onClose={() => setCreating(false)} />
      ) : null}
    </Page>
  );
}
