import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { useFormat } from '../../app/format';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { FileSection } from '../people/file-section';
import { HelpfulVote } from './helpful-vote';
import { RecheckBadge, useKnowledgeText } from './knowledge-labels';
import { usePublicAnswer } from './knowledge-queries';
import { LawRefList } from './law-ref-list';

/** One published answer: the anonymised question, the experts' answer, the law it rests on. */
export function PublicAnswerPage() {
  const { t } = useTranslation('knowledge');
  const { id = '' } = useParams();
  const answer = usePublicAnswer(id);
  const back = { to: '/knowledge', label: t('public.title') };
  return (
    <CatalogueFrame>
      {answer.data ? (
        <AnswerView answer={answer.data} back={back} />
      ) : (
        <Page title={t('answer.loadingTitle')} back={back}>
          {answer.isError ? (
            <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
          ) : (
            <LoadingState />
          )}
        </Page>
      )}
    </CatalogueFrame>
  );
}

function AnswerView({ answer: a, back }: { answer: PublicAnswer; back: { to: string; label: string } }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const text = useKnowledgeText();
  return (
    <Page title={text.text(a, a.title)} back={back}>
      <Stack gap="lg" maw={900}>
        <Stack gap={4}>
          <Text>{text.topic(a)}</Text>
          <Text size="sm" c="dimmed">
            {t('answer.publishedBy', { body: text.body(a), date: format.date(a.publishedAt) })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="checked-on">
            {t('answer.checkedOn', { date: format.date(a.checkedOn) })}
          </Text>
          {a.needsRecheck ? <RecheckBadge /> : null}
        </Stack>
        <FileSection title={t('fields.question')}>
          <Text className="pre-wrap" lang={text.lang(a)}>
            {text.text(a, a.question)}
          </Text>
        </FileSection>
        <FileSection title={t('fields.answer')}>
          <Text className="pre-wrap" lang={text.lang(a)} data-testid="answer-text">
            {text.text(a, a.answer)}
          </Text>
        </FileSection>
        <Alert color="blue" variant="light" data-testid="disclaimer">
          {t('answer.disclaimer', { body: text.body(a) })}
        </Alert>
        <FileSection title={t('fields.lawRefs')}>
          <LawRefList refs={a.lawRefs} checkedOn={a.checkedOn} />
        </FileSection>
        <HelpfulVote answer={a} />
      </Stack>
    </Page>
  );
}
