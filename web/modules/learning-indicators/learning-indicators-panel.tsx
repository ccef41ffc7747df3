import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canOn } from '../../app/access';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { DownloadButton } from '../reports/download-button';
import type { ReportWhere } from '../reports/reports-queries';
import { SuppressionNotice } from '../reports/suppression-notice';
import { IndicatorCharts } from './indicator-charts';
import { useIndicators, useTargets, useTopicAreaList } from './learning-indicators-queries';
import { ModeCards } from './mode-cards';
import { TargetsDialog } from './targets-dialog';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));

/** The "Training" tab of the reports: people trained in a year against the national targets. */
export function LearningIndicatorsPanel({ where }: { where: ReportWhere }) {
  const { t } = useTranslation('learning-indicators');
  const [yearParam, setYear] = useUrlParam('year');
  const year = yearParam && years.includes(yearParam) ? Number(yearParam) : thisYear;
  const report = useIndicators(where, year);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm" maw={800}>
        {t('intro')}
      </Text>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('year')}
          data={years}
          value={String(year)}
          onChange={setYear}
          allowDeselect={false}
          w={120}
          data-testid="indicators-year"
        />
        <Group gap="xs">
          <EditTargets country={data.scope.countryCode} year={year} />
          <DownloadButton path="/learning-indicators/export" params={{ ...where, year }} />
        </Group>
      </Group>
      <Title order={3} size="h4">
        {t('title')}
      </Title>
      <ModeCards data={data} />
      <SuppressionNotice threshold={data.suppressedBelow || null} />
      {data.totals.trained === 0 ? (
        <EmptyNotice title={t('empty', { year })} description={t('emptyHint')} />
      ) : (
        <Figures country={data.scope.countryCode} data={data} />
      )}
    </Stack>
  );
}

function Figures({
  country,
  data,
}: {
  country: string;
  data: Parameters<typeof IndicatorCharts>[0]['data'];
}) {
  const areas = useTopicAreaList(country);
  return <IndicatorCharts data={data} topicAreas={areas.data?.items ?? []} />;
}

/** National administrators of the country set its targets. */
function EditTargets({ country, year }: { country: string; year: number }) {
  const { t } = useTranslation('learning-indicators');
  const me = useMe();
  const [open, setOpen] = useState(false);
  const allowed = canOn(me, 'learning.targets', { organisationId: '', countryCode: country });
  const targets = useTargets(country, year);
  if (!allowed) return null;
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => setOpen(true)}
        disabled={!targets.data}
        data-testid="targets-edit"
      >
        {t('targets.edit')}
      </Button>
      {open && targets.data ? (
        <TargetsDialog
          country={country}
          year={year}
          current={targets.data.items}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
