import { Button, Center, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate, Outlet, useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../components/query-states';
import { AdviceGuard } from '../modules/advisory/advice-guard';
import { QuestionNewPage } from '../modules/advisory/question-new-page';
import { QuestionPage } from '../modules/advisory/question-page';
import { QuestionsPage } from '../modules/advisory/questions-page';
import { AppraisalPage } from '../modules/appraisals/appraisal-page';
import { AppraisalsPage } from '../modules/appraisals/appraisals-page';
import { AuditPage } from '../modules/audit/audit-page';
import { ProgrammePage } from '../modules/catalogue/programme-page';
import { ProgrammesPage } from '../modules/catalogue/programmes-page';
import { PublicCataloguePage } from '../modules/catalogue/public-catalogue-page';
import { PublicProgrammePage } from '../modules/catalogue/public-programme-page';
import { PublicTrainersPage } from '../modules/catalogue/public-trainers-page';
import { TrainerPage } from '../modules/catalogue/trainer-page';
import { TrainersPage } from '../modules/catalogue/trainers-page';
import { CompetenciesPage } from '../modules/competencies/competencies-page';
import { DevelopmentPlanPage } from '../modules/development-plans/development-plan-page';
import { DevelopmentPlansPage } from '../modules/development-plans/development-plans-page';
import { EmployeeImportPage } from '../modules/employee-import/employee-import-page';
import { HomePage } from '../modules/home/home-page';
import { DirectoryPage } from '../modules/hr-directory/directory-page';
import { MyCardPage } from '../modules/hr-directory/my-card-page';
import { ChangePasswordPage } from '../modules/identity/change-password-page';
import { LoginPage } from '../modules/identity/login-page';
import { PasswordResetPage } from '../modules/identity/password-reset-page';
import { PasswordResetRequestPage } from '../modules/identity/password-reset-request-page';
import { ProfilePage } from '../modules/identity/profile-page';
import { AnswerEditorPage } from '../modules/knowledge/answer-editor-page';
import { AnswersManagePage } from '../modules/knowledge/answers-manage-page';
import { LawsPage } from '../modules/knowledge/laws-page';
import { PublicAnswerPage } from '../modules/knowledge/public-answer-page';
import { PublicKnowledgePage } from '../modules/knowledge/public-knowledge-page';
import { DocumentPage } from '../modules/library/document-page';
import { LibraryPage } from '../modules/library/library-page';
import { CheckInPage } from '../modules/my-learning/check-in-page';
import { MyLearningPage } from '../modules/my-learning/my-learning-page';
import { TrainingApprovalsPage } from '../modules/my-learning/training-approvals-page';
import { VerifyCertificatePage } from '../modules/my-learning/verify-certificate-page';
import { BulletinManagePage } from '../modules/news/bulletin-manage-page';
import { BulletinPage } from '../modules/news/bulletin-page';
import { BulletinTokenPage } from '../modules/news/bulletin-token-page';
import { EventsPage } from '../modules/news/events-page';
import { ManagePostsPage } from '../modules/news/manage-posts-page';
import { NewsPage } from '../modules/news/news-page';
import { PostPage } from '../modules/news/post-page';
import { NotificationSettingsPage } from '../modules/notifications/notification-settings-page';
import { NotificationsPage } from '../modules/notifications/notifications-page';
import { OrganisationDetailPage } from '../modules/organisations/organisation-detail-page';
import { OrganisationEditPage } from '../modules/organisations/organisation-edit-page';
import { OrganisationNewPage } from '../modules/organisations/organisation-new-page';
import { OrganisationsPage } from '../modules/organisations/organisations-page';
import { OutboxPage } from '../modules/outbox/outbox-page';
import { EmployeeFilePage } from '../modules/people/employee-file-page';
import { EmployeeNewPage } from '../modules/people/employee-new-page';
import { EmployeesPage } from '../modules/people/employees-page';
import { SystematisationDetailPage } from '../modules/positions/systematisation-detail-page';
import { SystematisationsPage } from '../modules/positions/systematisations-page';
import { ModerationPracticePage } from '../modules/practices/moderation-practice-page';
import { ModerationQueuePage } from '../modules/practices/moderation-queue-page';
import { MyPracticesPage } from '../modules/practices/my-practices-page';
import { PracticeEditPage, PracticeNewPage } from '../modules/practices/practice-editor-page';
import { PublicPracticePage } from '../modules/practices/public-practice-page';
import { PublicPracticesPage } from '../modules/practices/public-practices-page';
import { NeedsAnalysesPage } from '../modules/training-needs/needs-analyses-page';
import { NeedsAnalysisPage } from '../modules/training-needs/needs-analysis-page';
import { SurveyPage } from '../modules/training-needs/survey-page';
import { SessionPage } from '../modules/training-sessions/session-page';
import { SessionsPage } from '../modules/training-sessions/sessions-page';
import { TrainingRequestsPage } from '../modules/training-sessions/training-requests-page';
import { UserDetailPage } from '../modules/users/user-detail-page';
import { UserInvitePage } from '../modules/users/user-invite-page';
import { UsersPage } from '../modules/users/users-page';
import { SkipLink } from './app-shell';
import { RequireAuth, RequirePermission, safeNext } from './guards';
import { SessionProvider, useMeQuery, useSession } from './session-context';

/** Loads the session once, then renders the matched route inside it. */
function Root() {
  const me = useMeQuery();
  const { t } = useTranslation();
  if (me.data === undefined) {
    return (
      <main id="main" tabIndex={-1}>
        {me.isError ? (
          <Center p="xl">
            <Stack maw={480}>
              <h1 style={{ margin: 0, fontSize: '1.5rem' }}>Kadar</h1>
              <ErrorState error={me.error} onRetry={() => void me.refetch()} />
            </Stack>
          </Center>
        ) : (
          <LoadingState label={t('states.starting')} />
        )}
      </main>
    );
  }
  return (
    <SessionProvider me={me.data}>
      <SkipLink />
      <Outlet />
    </SessionProvider>
  );
}

/** Pages for visitors only: a signed-in person goes where they were heading. */
function AnonymousOnly({ children }: { children: React.ReactNode }) {
  const { me } = useSession();
  const [params] = useSearchParams();
  if (me)
    return (
      <Navigate to={me.user.mustChangePassword ? '/change-password' : safeNext(params.get('next'))} replace />
    );
  return children;
}

function ForcedPasswordChange() {
  const { me } = useSession();
  if (!me) return <Navigate to="/login" replace />;
  if (!me.user.mustChangePassword) return <Navigate to="/" replace />;
  return <ChangePasswordPage />;
}

// Pages with charts load ECharts on first visit only.
const AnnualProgrammesPage = lazy(() =>
  import('../modules/annual-programmes/annual-programmes-page').then((m) => ({
    default: m.AnnualProgrammesPage,
  })),
);
const AnnualProgrammePage = lazy(() =>
  import('../modules/annual-programmes/annual-programme-page').then((m) => ({
    default: m.AnnualProgrammePage,
  })),
);
const HrPlansPage = lazy(() =>
  import('../modules/hr-plans/hr-plans-page').then((m) => ({ default: m.HrPlansPage })),
);
const HrPlanPage = lazy(() =>
  import('../modules/hr-plans/hr-plan-page').then((m) => ({ default: m.HrPlanPage })),
);
const ReportsPage = lazy(() =>
  import('../modules/reports/reports-page').then((m) => ({ default: m.ReportsPage })),
);

function Lazy({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingState label={t('states.loading')} />}>{children}</Suspense>;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('states.notFoundTitle')}>
      <EmptyNotice
        description={t('states.notFound')}
        action={
          <Button component={Link} to="/" variant="default">
            {t('nav.home')}
          </Button>
        }
      />
    </Page>
  );
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        {
          path: 'login',
          element: (
            <AnonymousOnly>
              <LoginPage />
            </AnonymousOnly>
          ),
        },
        { path: 'forgot-password', element: <PasswordResetRequestPage /> },
        { path: 'reset-password', element: <PasswordResetPage /> },
        { path: 'change-password', element: <ForcedPasswordChange /> },
        { path: 'catalogue', element: <PublicCataloguePage /> },
        { path: 'catalogue/trainers', element: <PublicTrainersPage /> },
        { path: 'catalogue/:id', element: <PublicProgrammePage /> },
        { path: 'knowledge', element: <PublicKnowledgePage /> },
        { path: 'knowledge/:id', element: <PublicAnswerPage /> },
        { path: 'library', element: <LibraryPage /> },
        { path: 'library/:id', element: <DocumentPage /> },
        { path: 'practices', element: <PublicPracticesPage /> },
        { path: 'practices/:id', element: <PublicPracticePage /> },
        { path: 'news', element: <NewsPage /> },
        { path: 'news/:id', element: <PostPage kind="news" /> },
        { path: 'events', element: <EventsPage /> },
        { path: 'events/:id', element: <PostPage kind="events" /> },
        { path: 'bulletin', element: <BulletinPage /> },
        { path: 'bulletin/confirm', element: <BulletinTokenPage action="confirm" /> },
        { path: 'bulletin/unsubscribe', element: <BulletinTokenPage action="unsubscribe" /> },
        { path: 'verify', element: <VerifyCertificatePage /> },
        { path: 'verify/:code', element: <VerifyCertificatePage /> },
        {
          element: <RequireAuth />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'profile', element: <ProfilePage /> },
            {
              path: 'organisations',
              element: (
                <RequirePermission permission="organisations.read">
                  <OrganisationsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'organisations/new',
              element: (
                <RequirePermission permission="organisations.manage">
                  <OrganisationNewPage />
                </RequirePermission>
              ),
            },
            {
              path: 'organisations/:id',
              element: (
                <RequirePermission permission="organisations.read">
                  <OrganisationDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: 'organisations/:id/edit',
              element: (
                <RequirePermission permission="organisations.manage">
                  <OrganisationEditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'employees',
              element: (
                <RequirePermission permission="employees.read">
                  <EmployeesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'employees/new',
              element: (
                <RequirePermission permission="employees.manage">
                  <EmployeeNewPage />
                </RequirePermission>
              ),
            },
            {
              path: 'employees/import',
              element: (
                <RequirePermission permission="employees.manage">
                  <EmployeeImportPage />
                </RequirePermission>
              ),
            },
            {
              path: 'annual-programmes',
              element: (
                <RequirePermission permission="learning.read">
                  <Lazy>
                    <AnnualProgrammesPage />
                  </Lazy>
                </RequirePermission>
              ),
            },
            {
              path: 'training-needs',
              element: (
                <RequirePermission permission="learning.manage">
                  <NeedsAnalysesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'training-needs/survey',
              element: (
                <RequirePermission permission="learning.read">
                  <SurveyPage />
                </RequirePermission>
              ),
            },
            {
              path: 'training-needs/:id',
              element: (
                <RequirePermission permission="learning.manage">
                  <NeedsAnalysisPage />
                </RequirePermission>
              ),
            },
            {
              path: 'development-plans',
              element: (
                <RequirePermission permission="learning.read">
                  <DevelopmentPlansPage />
                </RequirePermission>
              ),
            },
            {
              path: 'development-plans/:id',
              element: (
                <RequirePermission permission="learning.read">
                  <DevelopmentPlanPage />
                </RequirePermission>
              ),
            },
            {
              path: 'annual-programmes/:id',
              element: (
                <RequirePermission permission="learning.read">
                  <Lazy>
                    <AnnualProgrammePage />
                  </Lazy>
                </RequirePermission>
              ),
            },
            {
              path: 'hr-plans',
              element: (
                <RequirePermission permission="hr-plans.read">
                  <Lazy>
                    <HrPlansPage />
                  </Lazy>
                </RequirePermission>
              ),
            },
            {
              path: 'hr-plans/:id',
              element: (
                <RequirePermission permission="hr-plans.read">
                  <Lazy>
                    <HrPlanPage />
                  </Lazy>
                </RequirePermission>
              ),
            },
            {
              path: 'appraisals',
              element: (
                <RequirePermission permission="appraisals.read">
                  <AppraisalsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'appraisals/:id',
              element: (
                <RequirePermission permission="appraisals.read">
                  <AppraisalPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programmes',
              element: (
                <RequirePermission permission="learning.read">
                  <ProgrammesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'programmes/:id',
              element: (
                <RequirePermission permission="learning.read">
                  <ProgrammePage />
                </RequirePermission>
              ),
            },
            {
              path: 'trainers',
              element: (
                <RequirePermission permission="learning.read">
                  <TrainersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'trainers/:id',
              element: (
                <RequirePermission permission="learning.read">
                  <TrainerPage />
                </RequirePermission>
              ),
            },
            {
              path: 'sessions',
              element: (
                <RequirePermission permission="learning.read">
                  <SessionsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'sessions/:id',
              element: (
                <RequirePermission permission="learning.read">
                  <SessionPage />
                </RequirePermission>
              ),
            },
            {
              path: 'training-requests',
              element: (
                <RequirePermission permission="learning.manage">
                  <TrainingRequestsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'reports',
              element: (
                <RequirePermission permission="reports.read">
                  <Lazy>
                    <ReportsPage />
                  </Lazy>
                </RequirePermission>
              ),
            },
            {
              path: 'competencies',
              element: (
                <RequirePermission permission="competencies.read">
                  <CompetenciesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'employees/:id',
              element: (
                <RequirePermission permission="employees.read">
                  <EmployeeFilePage />
                </RequirePermission>
              ),
            },
            {
              path: 'my-learning',
              element: (
                <RequirePermission permission="learning.read">
                  <MyLearningPage />
                </RequirePermission>
              ),
            },
            {
              path: 'approvals/trainings',
              element: (
                <RequirePermission permission="learning.approve">
                  <TrainingApprovalsPage />
                </RequirePermission>
              ),
            },
            { path: 'check-in/:token', element: <CheckInPage /> },
            {
              path: 'systematisations',
              element: (
                <RequirePermission permission="positions.read">
                  <SystematisationsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'systematisations/:id',
              element: (
                <RequirePermission permission="positions.read">
                  <SystematisationDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: 'users',
              element: (
                <RequirePermission permission="users.read">
                  <UsersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'users/invite',
              element: (
                <RequirePermission permission="users.manage">
                  <UserInvitePage />
                </RequirePermission>
              ),
            },
            {
              path: 'users/:id',
              element: (
                <RequirePermission permission="users.read">
                  <UserDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: 'advice',
              element: (
                <AdviceGuard>
                  <QuestionsPage />
                </AdviceGuard>
              ),
            },
            {
              path: 'advice/new',
              element: (
                <RequirePermission permission="advice.ask">
                  <QuestionNewPage />
                </RequirePermission>
              ),
            },
            {
              path: 'advice/:id',
              element: (
                <AdviceGuard>
                  <QuestionPage />
                </AdviceGuard>
              ),
            },
            {
              path: 'knowledge/manage',
              element: (
                <RequirePermission permission="advice.answer">
                  <AnswersManagePage />
                </RequirePermission>
              ),
            },
            {
              path: 'knowledge/manage/:id',
              element: (
                <RequirePermission permission="advice.answer">
                  <AnswerEditorPage />
                </RequirePermission>
              ),
            },
            {
              path: 'practices/mine',
              element: (
                <RequirePermission permission="practices.submit">
                  <MyPracticesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'practices/new',
              element: (
                <RequirePermission permission="practices.submit">
                  <PracticeNewPage />
                </RequirePermission>
              ),
            },
            {
              path: 'practices/:id/edit',
              element: (
                <RequirePermission permission="practices.submit">
                  <PracticeEditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'practices/moderation',
              element: (
                <RequirePermission permission="practices.moderate">
                  <ModerationQueuePage />
                </RequirePermission>
              ),
            },
            {
              path: 'practices/moderation/:id',
              element: (
                <RequirePermission permission="practices.moderate">
                  <ModerationPracticePage />
                </RequirePermission>
              ),
            },
            {
              path: 'news/manage',
              element: (
                <RequirePermission permission="news.publish">
                  <ManagePostsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'bulletin/manage',
              element: (
                <RequirePermission permission="news.publish">
                  <BulletinManagePage />
                </RequirePermission>
              ),
            },
            {
              path: 'network/directory',
              element: (
                <RequirePermission permission="network.directory">
                  <DirectoryPage />
                </RequirePermission>
              ),
            },
            {
              path: 'network/directory/me',
              element: (
                <RequirePermission permission="network.directory">
                  <MyCardPage />
                </RequirePermission>
              ),
            },
            { path: 'notifications', element: <NotificationsPage /> },
            { path: 'settings/notifications', element: <NotificationSettingsPage /> },
            {
              path: 'laws',
              element: (
                <RequirePermission permission="advice.answer">
                  <LawsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'outbox',
              element: (
                <RequirePermission permission="outbox.read">
                  <OutboxPage />
                </RequirePermission>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
