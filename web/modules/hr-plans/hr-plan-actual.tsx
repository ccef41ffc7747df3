import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type HrPlanActualFigures,
  type HrPlanActualRow,
  hrPlanActualFields,
} from '../../../contracts/hr-plans';
import type { PeoplePack } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { Chart } from '../../components/chart';
import { ErrorState, LoadingState } from '../../components/query-states';
import { usePackLabels } from '../positions/positions-labels';
import { useHrPlanActual } from './hr-plans-queries';

const columns = hrPlanActualFields;

/** A title's name; titles hired or staffed outside the plan say so. */
const rowLabel = (title: (code: string) => string, outside: string) => (r: HrPlanActualRow) =>
  r.lineId ? title(r.titleCode) : `${title(r.titleCode)} (${outside})`;

const planned = (r: HrPlanActualFigures) => r.plannedPermanent + r.plannedFixedTerm + r.plannedTrainees;
const hired = (r: HrPlanActualFigures) => r.hiredPermanent + r.hiredFixedTerm + r.hiredTrainees;

/** Plan against reality during the plan's year: a bar chart and the same figures as a table. */
export function HrPlanActualSection({ planId, pack }: { planId: string; pack: PeoplePack | null }) {
  const { t } = useTranslation('hr-plans');
  const format = useFormat();
  const labels = usePackLabels(pack);
  const report = useHrPlanActual(planId);
  const outside = t('actual.outside');
  const plannedName = t('actual.planned');
  const hiredName = t('actual.hired');
  const items = report.data?.items;
  const label = useMemo(() => rowLabel(labels.title, outside), [labels, outside]);
  const option = useMemo(
    () =>
      items
        ? {
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { left: 8, right: 8, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: items.map(label), axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { name: plannedName, type: 'bar', data: items.map(planned) },
              { name: hiredName, type: 'bar', data: items.map(hired) },
            ],
          }
        : null,
    [items, label, plannedName, hiredName],
  );

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('actual.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('actual.intro', { year: data.year, date: format.date(data.asOf) })}
      </Text>
      {data.items.length === 0 ? (
        <Text c="dimmed">{t('actual.empty')}</Text>
      ) : (
        <>
          {option ? <Chart option={option} label={t('actual.chart')} /> : null}
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder aria-label={t('actual.chart')} data-testid="hr-plan-actual">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.title')}</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((r) => (
                  <Table.Tr key={`${r.category}:${r.titleCode}`}>
                    <Table.Td>{label(r)}</Table.Td>
                    {columns.map((c) => (
                      <Table.Td key={c} ta="right">
                        {format.number(r[c])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Td>{t('columns.total')}</Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c} ta="right">
                      {format.number(data.total[c])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
