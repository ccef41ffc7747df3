import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '../../../contracts/learning-enrolments';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection } from '../people/file-section';
import { MySurveyCard } from '../training-needs/my-survey-card';
import { CalendarFeed } from './calendar-feed';
import { useEnrolments } from './my-learning-queries';
import { OpenSessions } from './open-sessions';
import { useOwnEmployeeId } from './own-employee';
import { PastEnrolments } from './past-enrolments';
import { UpcomingEnrolments } from './upcoming-enrolments';

const ahead = new Set<EnrolmentStatus>(['confirmed', 'waitlisted']);

/** The participant's trainings: places ahead, sessions open to enrol in, the past, and the calendar. */
export function MyLearningPage() {
  const { t } = useTranslation('my-learning');
  const { can, me } = useSession();
  const mine = useEnrolments({ mine: 'participant' });
  const own = useOwnEmployeeId();
  const items = mine.data?.items ?? [];
  const upcoming = items.filter((e) => ahead.has(e.status));
  const past = items.filter((e) => !ahead.has(e.status));
  const selfEnrol = can('learning.enrol') ? own.employeeId : null;

  return (
    <Page title={t('page.title')}>
      <Text c="dimmed" size="sm" maw={800} mt={-12}>
        {t('page.intro')}
      </Text>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <Stack gap="lg">
          <MySurveyCard />
          <FileSection title={t('upcoming.title')}>
            <UpcomingEnrolments enrolments={upcoming} />
          </FileSection>
          <FileSection title={t('open.title')}>
            {!own.pending && !selfEnrol ? (
              <Alert color="blue" variant="light" p="sm">
                {t('open.noFile')}
              </Alert>
            ) : null}
            <OpenSessions
              enrolledSessionIds={new Set(upcoming.map((e) => e.sessionId))}
              employeeId={selfEnrol}
              countryCode={me?.memberships[0]?.countryCode}
            />
          </FileSection>
          <FileSection title={t('past.title')}>
            <PastEnrolments enrolments={past} />
          </FileSection>
          <FileSection title={t('calendar.title')}>
            <CalendarFeed />
          </FileSection>
        </Stack>
      )}
    </Page>
  );
}
