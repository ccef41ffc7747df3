import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Distribution, skewRule } from '../../../contracts/appraisal-reports';
import { useUrlParam } from '../../app/url-state';
import { Chart } from '../../components/chart';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { DownloadButton } from '../reports/download-button';
import { barHeight } from '../reports/report-charts';
import type { ReportWhere } from '../reports/reports-queries';
import { SuppressionNotice } from '../reports/suppression-notice';
import { useDistribution } from './appraisal-reports-queries';
import { CompletionSection } from './completion-section';
import { type BarMode, gradeBars, gradeColours } from './grade-charts';
import { useGradeLabel } from './grade-labels';
import { GradeTable } from './grade-table';

type Props = { where: ReportWhere; wholeCountry: boolean };

/**
 * Grades of a year per unit (a municipality) or per municipality (a country), skewed rows flagged,
 * the years before, and for HR the progress of the year's cycle.
 */
export function AppraisalsPanel({ where, wholeCountry }: Props) {
  const { t } = useTranslation('appraisal-reports');
  const by = wholeCountry ? 'municipality' : 'unit';
  const [yearParam, setYear] = useUrlParam('year');
  const report = useDistribution(where, by, yearParam ? Number(yearParam) : null);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  const years = data.years.includes(data.year) ? data.years : [data.year, ...data.years];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('year')}
          data={years.map(String)}
          value={String(data.year)}
          onChange={setYear}
          allowDeselect={false}
          w={120}
          data-testid="appraisal-year"
        />
        <DownloadButton
          path="/appraisal-reports/distribution.xlsx"
          params={{ ...where, by, year: data.year }}
        />
      </Group>
      <SuppressionNotice threshold={data.suppressionThreshold} />
      {data.total.total.count === 0 ? (
        <EmptyNotice
          title={t('distribution.empty', { year: data.year })}
          description={t('distribution.emptyHint')}
        />
      ) : (
        <DistributionSection data={data} />
      )}
      <YearsSection data={data} />
      {data.scope === 'organisation' && data.suppressionThreshold === null ? (
        <CompletionSection cycleId={data.cycleId} year={data.year} />
      ) : null}
    </Stack>
  );
}

/** The grades as chart series, and whether the bars can show shares (see BarMode). */
function useGradeSeries(data: Distribution) {
  const gradeLabel = useGradeLabel();
  return useMemo(() => {
    const colours = gradeColours(data.grades, data.topGrades);
    const series = data.grades.map((g, i) => ({ name: gradeLabel(g), colour: colours[i] as string }));
    const mode: BarMode = data.suppressionThreshold === null ? 'shares' : 'people';
    return { series, mode };
  }, [data, gradeLabel]);
}

function DistributionSection({ data }: { data: Distribution }) {
  const { t } = useTranslation('appraisal-reports');
  const gradeLabel = useGradeLabel();
  const { series, mode } = useGradeSeries(data);
  // Shares compare the rows with the whole; counted people would dwarf the rows with the total.
  const bars = useMemo(() => (mode === 'shares' ? [...data.rows, data.total] : data.rows), [data, mode]);
  const option = useMemo(() => gradeBars(bars, series, true, mode), [bars, series, mode]);
  const top = data.grades.filter((g) => data.topGrades.includes(g.value)).map(gradeLabel);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('distribution.title')}
      </Title>
      <Chart
        option={option}
        label={t('distribution.chartLabel', { year: data.year })}
        height={barHeight(bars.length) + 24}
      />
      {mode === 'people' ? (
        <Text size="xs" c="dimmed">
          {t('distribution.peopleNote')}
        </Text>
      ) : null}
      <GradeTable
        caption={t('distribution.caption', { year: data.year })}
        first={t(`dimensions.${data.by}`)}
        grades={data.grades}
        rows={data.rows}
        footer={data.total}
        skew
        testId="appraisal-distribution"
      />
      <Text size="xs" c="dimmed" maw={800}>
        {data.by === 'unit' ? `${t('distribution.rollupNote')} ` : null}
        <Text span fw={600} size="xs">
          {t('distribution.skewTitle')}:{' '}
        </Text>
        {t('distribution.skewNote', {
          min: skewRule.minGraded,
          margin: Math.round(skewRule.topShareMargin * 100),
          grades: top.join(', '),
        })}
      </Text>
    </Stack>
  );
}

function YearsSection({ data }: { data: Distribution }) {
  const { t } = useTranslation('appraisal-reports');
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('years.title')}
      </Title>
      {data.compareYears.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('years.none')}
        </Text>
      ) : (
        <YearsFigures data={data} />
      )}
    </Stack>
  );
}

/** The year's totals beside those of the years before. */
function YearsFigures({ data }: { data: Distribution }) {
  const { t } = useTranslation('appraisal-reports');
  const { series, mode } = useGradeSeries(data);
  const years = useMemo(
    () => [
      ...data.compareYears.map((y) => ({ ...y, key: String(y.year), label: String(y.year) })),
      { ...data.total, key: String(data.year), label: String(data.year) },
    ],
    [data],
  );
  const option = useMemo(() => gradeBars(years, series, false, mode), [years, series, mode]);
  const span = { from: years[0]?.label ?? data.year, to: data.year };
  return (
    <>
      <Chart option={option} label={t('years.chartLabel', span)} height={340} />
      <GradeTable
        caption={t('years.caption', span)}
        first={t('year')}
        grades={data.grades}
        rows={years}
        skew={false}
        testId="appraisal-years"
      />
    </>
  );
}
