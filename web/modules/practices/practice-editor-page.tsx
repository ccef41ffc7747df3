import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Practice } from '../../../contracts/practices';
import { useOrganisationScope } from '../../app/organisation-scope';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { PracticeEditor } from './practice-editor';
import { PracticeStatusBadge, usePracticeText } from './practice-labels';
import { usePractice } from './practice-queries';
import { PracticeView, usePracticeVersion } from './practice-view';

const back = (label: string) => ({ to: '/practices/mine', label });
const editable = (p: Practice) => p.status === 'draft' || p.status === 'returned';

/** A new practice of the reader's municipality (or of the one in the address, for an administrator). */
export function PracticeNewPage() {
  const { t } = useTranslation('practices');
  const scope = useOrganisationScope('practices.submit', 'practices.submit');
  const text = usePracticeText();
  const organisation = scope.organisation.data;
  return (
    <Page title={t('form.newTitle')} back={back(t('mine.title'))}>
      {!scope.organisationId ? (
        <EmptyNotice description={t('mine.chooseMunicipality')} />
      ) : !organisation || text.categoriesPending ? (
        <LoadingState />
      ) : (
        <PracticeEditor
          practice={null}
          organisationId={organisation.id}
          countryCode={organisation.countryCode}
        />
      )}
    </Page>
  );
}

/** A practice of the municipality: the form while it is a draft or returned, what was sent otherwise. */
export function PracticeEditPage() {
  const { t } = useTranslation('practices');
  const { id = '' } = useParams();
  const practice = usePractice(id);
  const text = usePracticeText();
  const p = practice.data;
  if (!p || text.categoriesPending)
    return (
      <Page title={t('view.loadingTitle')} back={back(t('mine.title'))}>
        {practice.isError ? (
          <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return (
    <Page title={p.title} back={back(t('mine.title'))}>
      <Group gap="sm">
        <PracticeStatusBadge status={p.status} />
        {p.status === 'published' ? (
          <Anchor component={Link} to={`/practices/${p.id}`} size="sm">
            {t('view.publicPage')}
          </Anchor>
        ) : null}
      </Group>
      {editable(p) ? (
        // Keyed by the saved version, so the form starts again from what the server holds.
        <PracticeEditor
          key={p.updatedAt}
          practice={p}
          organisationId={p.organisationId}
          countryCode={p.countryCode}
        />
      ) : (
        <SentPractice practice={p} />
      )}
    </Page>
  );
}

/** A practice in moderation or decided: read only, with the association's note when it rejected it. */
function SentPractice({ practice: p }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const version = usePracticeVersion(p);
  return (
    <Stack gap="md">
      {p.status === 'rejected' && p.moderationNote ? (
        <Alert color="red" variant="light" title={t('form.rejectedTitle')} data-testid="moderation-note">
          {p.moderationNote}
        </Alert>
      ) : null}
      {p.status === 'submitted' ? (
        <Alert color="blue" variant="light">
          {t('form.inModeration')}
        </Alert>
      ) : null}
      <PracticeView practice={p} version={version} />
    </Stack>
  );
}
