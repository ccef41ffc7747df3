import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisations';
import type { Systematisation } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useStaffing } from './positions-queries';

type Counts = { positions: number; executors: number; occupied: number };

/** Per unit (in tree order): positions, executors foreseen by the act, people on them, vacancies. */
export function StaffingReport({ version, units }: { version: Systematisation; units: OrgUnit[] }) {
  const { t } = useTranslation('positions');
  const format = useFormat();
  const report = useStaffing(version.id);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { items, total, onSupersededPositions } = report.data;
  const byUnit = new Map(items.map((r) => [r.orgUnitId, r]));
  // Units of the tree first (in its order); a row for a unit no longer in the tree still counts.
  const known = new Set(units.map((u) => u.id));
  const rows = [
    ...units.flatMap((u) => {
      const row = byUnit.get(u.id);
      return row ? [{ id: u.id, name: format.name(u), depth: u.depth, ...row }] : [];
    }),
    ...items
      .filter((r) => !known.has(r.orgUnitId))
      .map((r) => ({ id: r.orgUnitId, name: '—', depth: 0, ...r })),
  ];
  const cells = (c: Counts) => {
    const vacant = c.executors - c.occupied;
    return (
      <>
        <Table.Td ta="end">{format.number(c.positions)}</Table.Td>
        <Table.Td ta="end">{format.number(c.executors)}</Table.Td>
        <Table.Td ta="end">{format.number(c.occupied)}</Table.Td>
        <Table.Td ta="end" c={vacant < 0 ? 'red.8' : undefined}>
          {format.number(vacant)}
        </Table.Td>
      </>
    );
  };

  return (
    <Stack gap="md">
      {onSupersededPositions > 0 ? (
        <Alert color="orange" variant="light" title={t('staffing.onSupersededTitle')} role="alert">
          {t('staffing.onSuperseded', { people: format.number(onSupersededPositions) })}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <EmptyNotice title={t('staffing.empty')} description={t('staffing.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped data-testid="staffing-report">
            <Table.Caption>
              <Text size="xs" c="dimmed" component="span">
                {t('staffing.caption')}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.unit')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fields.positions')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fields.executors')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fields.occupied')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fields.vacant')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th
                    scope="row"
                    fw={r.depth === 0 ? 600 : 400}
                    pl={`calc(${r.depth} * var(--mantine-spacing-md) + var(--mantine-spacing-xs))`}
                  >
                    {r.name}
                  </Table.Th>
                  {cells(r)}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Th scope="row">{t('staffing.total')}</Table.Th>
                {cells(total)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
