import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection } from '../people/file-section';
import { useNeedsAnalysis, useNeedsChange } from './needs-queries';
import { NeedsSummaryTable } from './needs-summary';
import { NeedsTriggers } from './needs-triggers';
import { useNeedsVocabulary } from './needs-vocabulary';
import { SurveyPanel } from './survey-panel';

/** One year's needs analysis: its triggers, the survey, and the needs aggregated over every source. */
export function NeedsAnalysisPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('training-needs');
  const format = useFormat();
  const analysis = useNeedsAnalysis(id);
  const vocabulary = useNeedsVocabulary(analysis.data?.organisationId);
  const [closing, setClosing] = useState(false);
  const close = useNeedsChange(
    () => api.post(`/needs-analyses/${id}/close`),
    () => {
      notifySuccess(t('detail.closed'));
      setClosing(false);
    },
  );
  if (analysis.isPending) return <LoadingState />;
  if (analysis.isError) return <ErrorState error={analysis.error} onRetry={() => void analysis.refetch()} />;
  const a = analysis.data;
  const open = a.status === 'open';
  return (
    <Page title={t('detail.title', { year: a.year })}>
      <Group justify="space-between">
        <Group gap="sm">
          <Badge variant="light" color={open ? 'blue' : 'gray'}>
            {t(`status.${a.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('detail.updated', { date: format.date(a.updatedAt) })}
          </Text>
        </Group>
        {open ? (
          <Button variant="default" onClick={() => setClosing(true)}>
            {t('detail.close')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="lg">
        <FileSection title={t('survey.title')}>
          <SurveyPanel analysis={a} />
        </FileSection>
        <FileSection title={t('triggers.title')}>
          <NeedsTriggers analysisId={a.id} editable={open} vocabulary={vocabulary} />
        </FileSection>
        <FileSection title={t('summary.title')}>
          <NeedsSummaryTable analysisId={a.id} canAdd />
        </FileSection>
      </Stack>
      <ConfirmModal
        opened={closing}
        title={t('detail.close')}
        message={t('detail.closeConfirm')}
        confirmLabel={t('detail.close')}
        loading={close.isPending}
        onConfirm={() => close.mutate(undefined)}
        onClose={() => setClosing(false)}
      />
    </Page>
  );
}
