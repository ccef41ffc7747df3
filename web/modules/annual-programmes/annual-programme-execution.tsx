import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useExecution } from './annual-programmes-queries';

/** Planned against delivered: sessions held and people who completed, per item. */
export function AnnualProgrammeExecution({ id }: { id: string }) {
  const { t } = useTranslation('annual-programmes');
  const format = useFormat();
  const execution = useExecution(id);
  if (execution.isPending) return <LoadingState />;
  if (execution.isError)
    return <ErrorState error={execution.error} onRetry={() => void execution.refetch()} />;
  const { rows } = execution.data;
  if (!rows.length) return <EmptyNotice title={t('execution.empty')} />;
  const sum = (pick: (r: (typeof rows)[number]) => number) =>
    format.number(rows.reduce((s, r) => s + pick(r), 0));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="programme-execution">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.title')}</Table.Th>
            <Table.Th ta="right">{t('columns.plannedSessions')}</Table.Th>
            <Table.Th ta="right">{t('columns.deliveredSessions')}</Table.Th>
            <Table.Th ta="right">{t('columns.plannedParticipants')}</Table.Th>
            <Table.Th ta="right">{t('columns.trained')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.itemId}>
              <Table.Td>{packLabel(r.title, format.locale)}</Table.Td>
              <Table.Td ta="right">{format.number(r.plannedSessions)}</Table.Td>
              <Table.Td ta="right">{format.number(r.deliveredSessions)}</Table.Td>
              <Table.Td ta="right">{format.number(r.plannedParticipants)}</Table.Td>
              <Table.Td ta="right">{format.number(r.trained)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t('columns.total')}</Table.Td>
            <Table.Td ta="right">{sum((r) => r.plannedSessions)}</Table.Td>
            <Table.Td ta="right">{sum((r) => r.deliveredSessions)}</Table.Td>
            <Table.Td ta="right">{sum((r) => r.plannedParticipants)}</Table.Td>
            <Table.Td ta="right">{sum((r) => r.trained)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
