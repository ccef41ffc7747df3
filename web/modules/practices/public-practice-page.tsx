import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicPractice } from '../../../contracts/practices';
import { useFormat } from '../../app/format';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { NominateButton } from './nominate-button';
import { usePracticeText } from './practice-labels';
import { usePublicPractice } from './practice-queries';
import { PracticeView, usePracticeVersion } from './practice-view';

type Back = { to: string; label: string };

/** One published practice, for anyone; signed-in readers may nominate it. */
export function PublicPracticePage() {
  const { t } = useTranslation('practices');
  const { id = '' } = useParams();
  const practice = usePublicPractice(id);
  const back = { to: '/practices', label: t('list.title') };
  return (
    <CatalogueFrame>
      {practice.data ? (
        <PublicPracticeView key={practice.data.id} practice={practice.data} back={back} />
      ) : (
        <Page title={t('view.loadingTitle')} back={back}>
          {practice.isError ? (
            <ErrorState error={practice.error} onRetry={() => void practice.refetch()} />
          ) : (
            <LoadingState />
          )}
        </Page>
      )}
    </CatalogueFrame>
  );
}

function PublicPracticeView({ practice: p, back }: { practice: PublicPractice; back: Back }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const text = usePracticeText();
  const version = usePracticeVersion(p);
  return (
    <Page title={text.text(version.texts.locale, version.texts.title)} back={back}>
      <Stack gap="md" maw={900}>
        <Text size="sm" c="dimmed">
          {t('view.publishedBy', { municipality: text.municipality(p), date: format.date(p.publishedAt) })}
        </Text>
        <NominateButton practice={p} />
      </Stack>
      <PracticeView practice={p} version={version} />
    </Page>
  );
}
