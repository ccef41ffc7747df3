import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { MySurveyCard } from './my-survey-card';
import { useMySurveys } from './needs-queries';

/** Where the survey e-mail leads: the open surveys of the reader's municipalities. */
export function SurveyPage() {
  const { t } = useTranslation('training-needs');
  const surveys = useMySurveys();
  return (
    <Page title={t('answer.pageTitle')}>
      {surveys.isPending ? (
        <LoadingState />
      ) : surveys.isError ? (
        <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : surveys.data.items.length === 0 ? (
        <EmptyNotice title={t('answer.none')} />
      ) : (
        <Stack>
          <MySurveyCard />
        </Stack>
      )}
    </Page>
  );
}
