import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appraisalStatuses, type CycleProgress } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { FiguresTable } from '../reports/figures-table';
import { useCompletion } from './appraisal-reports-queries';

type Props = { cycleId: string | null; year: number };

/** Where the municipality's cycle stands, per top-level unit (HR only: it names units). */
export function CompletionSection({ cycleId, year }: Props) {
  const { t } = useTranslation('appraisal-reports');
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('completion.title', { year })}
      </Title>
      {cycleId ? (
        <CompletionTable cycleId={cycleId} />
      ) : (
        <EmptyNotice title={t('completion.noCycle', { year })} description={t('completion.noCycleHint')} />
      )}
    </Stack>
  );
}

const exact = (count: number) => ({ count, suppressed: false });

function CompletionTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('appraisal-reports');
  const format = useFormat();
  const report = useCompletion(cycleId);
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { rows, total, asOf } = report.data;
  // Only the steps someone is at: eight columns of mostly zeros would hide the ones that matter.
  const steps = appraisalStatuses.filter((s) => (total.byStatus[s] ?? 0) > 0);
  const cells = (p: CycleProgress) => [
    exact(p.total),
    ...steps.map((s) => exact(p.byStatus[s] ?? 0)),
    exact(p.overdue),
    exact(p.withoutRater),
  ];
  return (
    <FiguresTable
      caption={t('completion.caption', { date: format.date(asOf) })}
      columns={[
        t('dimensions.unit'),
        t('completion.total'),
        ...steps.map((s) => t(`status.${s}`)),
        t('completion.overdue'),
        t('completion.withoutRater'),
      ]}
      rows={rows.map((r) => ({ key: r.key, label: r.label, cells: cells(r) }))}
      totals={cells(total)}
      testId="appraisal-completion"
    />
  );
}
