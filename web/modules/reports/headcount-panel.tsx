import { Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadcountDimension, HeadcountReport } from '../../../contracts/reports';
import { useFormat } from '../../app/format';
import { Chart } from '../../components/chart';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { usePeoplePack } from '../positions/positions-queries';
import { DownloadButton } from './download-button';
import { FiguresTable } from './figures-table';
import { barHeight, barOption, pieOption } from './report-charts';
import { useRowLabel } from './report-labels';
import { type ReportWhere, useHeadcount } from './reports-queries';
import { SuppressionNotice } from './suppression-notice';

/** Shares of a few values read best as a pie; everything else as bars. */
const pies: ReadonlySet<HeadcountDimension> = new Set(['gender', 'category', 'contractType']);

type Props = { where: ReportWhere; by: HeadcountDimension; countryCode: string | undefined };

/** Active employees by one dimension: a chart, the same figures as a table, and a download. */
export function HeadcountPanel({ where, by, countryCode }: Props) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const report = useHeadcount(where, by);
  const label = useRowLabel(by, usePeoplePack(countryCode), report.data?.units ?? []);
  const rows = useMemo(
    () => (report.data?.rows ?? []).map((r) => ({ key: r.key, label: label(r), cells: [r] })),
    [report.data, label],
  );
  const pie = pies.has(by);
  const horizontal = by !== 'ageBand';
  const people = t('columns.people');
  const option = useMemo(() => {
    const values = rows.map((r) => r.cells[0]?.count ?? null);
    return pie
      ? pieOption(rows.map((r, i) => ({ name: r.label, value: values[i] ?? null })))
      : barOption(
          rows.map((r) => r.label),
          [{ name: people, values }],
          horizontal,
        );
  }, [rows, pie, horizontal, people]);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const data: HeadcountReport = report.data;
  if (data.total.count === 0)
    return <EmptyNotice title={t('headcount.empty')} description={t('headcount.emptyHint')} />;
  const dimension = t(`dimensions.${by}`);
  const caption = t('headcount.caption', { dimension, date: format.date(data.asOf) });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
        <DownloadButton path="/reports/headcount.xlsx" params={{ ...where, by }} />
      </Group>
      <SuppressionNotice threshold={data.suppressionThreshold} />
      <Chart
        option={option}
        label={t('headcount.chartLabel', { dimension })}
        height={pie || !horizontal ? 320 : barHeight(rows.length)}
      />
      <FiguresTable
        caption={caption}
        columns={[dimension, people]}
        rows={rows}
        totals={[data.total]}
        testId={`headcount-${by}`}
      />
    </Stack>
  );
}
