import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicArea } from '../../../contracts/learning-catalogue';
import type { Indicators } from '../../../contracts/learning-indicators';
import type { ReportTotal } from '../../../contracts/reports';
import { useFormat } from '../../app/format';
import { Chart } from '../../components/chart';
import { type FigureRow, FiguresTable } from '../reports/figures-table';
import { barHeight, barOption, pieOption } from '../reports/report-charts';

const cell = (trained: number | null): ReportTotal =>
  trained === null ? { count: null, suppressed: true } : { count: trained, suppressed: false };

type Row = { key: string; label: string; trained: number | null };
type BreakdownProps = {
  title: string;
  /** The heading of the table's first column. */
  first: string;
  rows: Row[];
  kind: 'bar' | 'column' | 'pie';
  total: number;
};

/** One breakdown: its chart and, below it, the same figures as a table. */
function Breakdown({ title, first, rows, kind, total }: BreakdownProps) {
  const { t } = useTranslation('learning-indicators');
  const option = useMemo(
    () =>
      kind === 'pie'
        ? pieOption(rows.map((r) => ({ name: r.label, value: r.trained })))
        : barOption(
            rows.map((r) => r.label),
            [{ name: t('columns.trained'), values: rows.map((r) => r.trained) }],
            kind === 'bar',
          ),
    [rows, kind, t],
  );
  const figures: FigureRow[] = rows.map((r) => ({ key: r.key, label: r.label, cells: [cell(r.trained)] }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <Chart option={option} label={title} height={kind === 'bar' ? barHeight(rows.length) : 280} />
      <FiguresTable
        caption={title}
        columns={[first, t('columns.trained')]}
        rows={figures}
        totals={[cell(total)]}
      />
    </Stack>
  );
}

/** Trained people by topic area, month, gender and (for a country) municipality. */
export function IndicatorCharts({ data, topicAreas }: { data: Indicators; topicAreas: TopicArea[] }) {
  const { t } = useTranslation('learning-indicators');
  const format = useFormat();
  const total = data.totals.trained;
  const topicName = (code: string) => {
    const a = topicAreas.find((x) => x.code === code);
    if (!a) return code;
    return format.locale === 'en' ? a.nameEn : format.name(a);
  };
  const month = new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' });
  const collator = new Intl.Collator(format.locale);
  return (
    <Stack gap="xl">
      <Breakdown
        title={t('charts.topics')}
        first={t('columns.topicArea')}
        kind="bar"
        total={total}
        rows={data.byTopic.map((r) => ({
          key: r.topicArea,
          label: topicName(r.topicArea),
          trained: r.trained,
        }))}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Breakdown
          title={t('charts.months')}
          first={t('columns.month')}
          kind="column"
          total={total}
          rows={data.byMonth.map((r) => ({
            key: String(r.month),
            label: month.format(Date.UTC(data.year, r.month - 1, 1)),
            trained: r.trained,
          }))}
        />
        <Breakdown
          title={t('charts.gender')}
          first={t('columns.gender')}
          kind="pie"
          total={total}
          rows={data.byGender.map((r) => ({
            key: r.gender,
            label: t(`genders.${r.gender}`),
            trained: r.trained,
          }))}
        />
      </SimpleGrid>
      {data.byMunicipality.length ? (
        <Breakdown
          title={t('charts.municipalities')}
          first={t('columns.municipality')}
          kind="bar"
          total={total}
          rows={data.byMunicipality
            .map((r) => ({ key: r.organisationId, label: format.name(r), trained: r.trained }))
            .sort((x, y) => collator.compare(x.label, y.label))}
        />
      ) : null}
    </Stack>
  );
}
