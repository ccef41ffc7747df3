import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { ErrorState, LoadingState } from '../../components/query-states';
import { DownloadButton } from './download-button';
import { FiguresTable } from './figures-table';
import { barOption } from './report-charts';
import { type ReportWhere, useMovements } from './reports-queries';
import { SuppressionNotice } from './suppression-notice';

const thisYear = new Date().getFullYear();

/** Joiners and leavers per year: a bar chart, the same figures as a table, and a download. */
export function MovementsPanel({ where }: { where: ReportWhere }) {
  const { t } = useTranslation('reports');
  const [span, setSpan] = useState({ from: thisYear - 9, to: thisYear });
  const [{ from, to }] = useDebouncedValue(span, 400);
  const report = useMovements(where, from, to);
  const joiners = t('columns.joiners');
  const leavers = t('columns.leavers');
  const option = useMemo(() => {
    const data = report.data;
    if (!data) return null;
    return barOption(
      data.joiners.rows.map((r) => r.key),
      [
        { name: joiners, values: data.joiners.rows.map((r) => r.count) },
        { name: leavers, values: data.leavers.rows.map((r) => r.count) },
      ],
      false,
    );
  }, [report.data, joiners, leavers]);
  const year = (key: 'from' | 'to') => (value: string | number) => {
    if (typeof value === 'number') setSpan((s) => ({ ...s, [key]: value }));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm">
          <NumberInput
            label={t('movements.from')}
            value={span.from}
            onChange={year('from')}
            min={1950}
            max={span.to}
            w={120}
          />
          <NumberInput
            label={t('movements.to')}
            value={span.to}
            onChange={year('to')}
            min={span.from}
            max={thisYear + 1}
            w={120}
          />
        </Group>
        <DownloadButton path="/reports/movements.xlsx" params={{ ...where, from, to }} />
      </Group>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('movements.caption', { from, to })}
          </Text>
          <SuppressionNotice threshold={report.data.suppressionThreshold} />
          {option ? <Chart option={option} label={t('movements.chartLabel', { from, to })} /> : null}
          <FiguresTable
            caption={t('movements.caption', { from, to })}
            columns={[t('columns.year'), joiners, leavers]}
            rows={report.data.joiners.rows.map((r, i) => ({
              key: r.key,
              label: r.key,
              cells: [r, report.data.leavers.rows[i] ?? { count: null, suppressed: true }],
            }))}
            totals={[report.data.joiners.total, report.data.leavers.total]}
            testId="movements"
          />
        </>
      )}
    </Stack>
  );
}
