import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Programme } from '../../../contracts/learning-catalogue';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { FileSection } from '../people/file-section';
import { CatalogueFrame } from './catalogue-frame';
import { useCatalogueText } from './catalogue-labels';
import { usePublicProgramme, usePublicSessions } from './catalogue-queries';
import { MaterialList } from './material-list';
import { ProgrammeCompetencies, ProgrammeFacts } from './programme-facts';
import { SessionTable } from './session-table';

/** One programme of the public catalogue: what it is, its materials and its upcoming sessions. */
export function PublicProgrammePage() {
  const { t } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const programme = usePublicProgramme(id);
  const back = { to: '/catalogue', label: t('public.title') };
  return (
    <CatalogueFrame>
      {programme.data ? (
        <ProgrammeView programme={programme.data} back={back} />
      ) : (
        <Page title={t('programme.loadingTitle')} back={back}>
          {programme.isError ? (
            <ErrorState error={programme.error} onRetry={() => void programme.refetch()} />
          ) : (
            <LoadingState />
          )}
        </Page>
      )}
    </CatalogueFrame>
  );
}

function ProgrammeView({
  programme: p,
  back,
}: {
  programme: Programme;
  back: { to: string; label: string };
}) {
  const { t } = useTranslation('catalogue');
  const text = useCatalogueText();
  const summary = text.summary(p);
  return (
    <Page title={text.title(p)} back={back}>
      <Stack gap="lg">
        {summary ? (
          <Text maw={860} className="pre-wrap">
            {summary}
          </Text>
        ) : null}
        <FileSection title={t('programme.about')}>
          <ProgrammeFacts programme={p} />
        </FileSection>
        <FileSection title={t('programme.competencies')}>
          <ProgrammeCompetencies programme={p} />
        </FileSection>
        <FileSection title={t('materials.title')}>
          <MaterialList
            materials={p.materials}
            href={(m) => `/api/v1/public/programmes/${p.id}/materials/${m.id}`}
            empty={t('materials.emptyPublic')}
          />
        </FileSection>
        <UpcomingSessions programmeId={p.id} />
      </Stack>
    </Page>
  );
}

/** The announced sessions one may enrol in; the link leads through sign-in to the session page. */
function UpcomingSessions({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('catalogue');
  const { me } = useSession();
  const sessions = usePublicSessions(programmeId);
  return (
    <FileSection title={t('sessions.upcoming')}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <SessionTable
          sessions={sessions.data.items}
          empty={t('sessions.noneUpcoming')}
          link={(s) => ({
            to: `/sessions/${s.id}`,
            label: me ? t('sessions.openToEnrol') : t('sessions.signInToEnrol'),
          })}
        />
      )}
    </FileSection>
  );
}
