import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LawRefView, QuestionDetail } from '../../../contracts/advisory-questions';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { DueDate, QuestionStatusBadge, useAreaNames, useReadableText } from './advisory-labels';
import { useAdviceRules, useLaws, useQuestion } from './advisory-queries';
import { questionSide } from './advisory-side';
import { QuestionActions } from './question-actions';
import { QuestionAttachments } from './question-attachments';
import { QuestionThread } from './question-thread';

/** One question: its facts, the conversation, the laws and files, and the moves the reader may make. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('advisory');
  const question = useQuestion(id);
  const back = { to: '/advice', label: t('list.title') };
  if (question.isPending)
    return (
      <Page title={t('detail.loading')} back={back}>
        <LoadingState />
      </Page>
    );
  if (question.isError)
    return (
      <Page title={t('detail.notFound')} back={back}>
        <ErrorState error={question.error} onRetry={() => void question.refetch()} />
      </Page>
    );
  return <QuestionView question={question.data} back={back} />;
}

function QuestionView({ question, back }: { question: QuestionDetail; back: { to: string; label: string } }) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  const me = useMe();
  const readable = useReadableText(question.countryCode);
  const areaName = useAreaNames(useAdviceRules(question.countryCode).data?.areas);
  const side = questionSide(me, question);
  // The advisers pick laws for their answer from the register; the asker needs no list.
  const laws = useLaws(side.expert ? question.countryCode : undefined).data?.items ?? [];
  return (
    <Page
      title={readable(question.title)}
      back={back}
      actions={<QuestionActions question={question} laws={laws} />}
    >
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={600} data-testid="question-reference">
              {t('detail.reference', { reference: question.reference })}
            </Text>
            <QuestionStatusBadge status={question.status} />
          </Group>
          <DetailList
            items={[
              {
                label: t('fields.municipality'),
                value: format.name({
                  name: question.organisationName,
                  nameLatin: question.organisationNameLatin,
                }),
              },
              {
                label: t('fields.association'),
                value: format.name({ name: question.bodyName, nameLatin: question.bodyNameLatin }),
              },
              { label: t('fields.area'), value: areaName(question.areaCode, question.subtopicCode) },
              {
                label: t('fields.askedBy'),
                value: t('detail.askedOn', {
                  name: question.askedByName,
                  date: format.date(question.submittedAt),
                }),
              },
              { label: t('fields.due'), value: <DueDate question={question} /> },
              { label: t('fields.expert'), value: question.expertName ?? t('detail.unclaimed') },
              ...(question.answeredAt
                ? [{ label: t('fields.answeredAt'), value: format.dateTime(question.answeredAt) }]
                : []),
              ...(question.acceptedAt
                ? [{ label: t('fields.acceptedAt'), value: format.dateTime(question.acceptedAt) }]
                : []),
            ]}
          />
          {question.status === 'needs_info' ? (
            <Text size="sm">{side.asker ? t('detail.needsInfoAsker') : t('detail.needsInfo')}</Text>
          ) : null}
        </Stack>
      </Card>
      <LawReferences refs={question.lawRefs} />
      <QuestionThread question={question} />
      <QuestionAttachments
        question={question}
        canUpload={(side.asker || side.expert) && question.status !== 'withdrawn'}
      />
      {side.expert && question.answerId ? (
        <Anchor component={Link} to={`/knowledge/manage/${question.answerId}`} size="sm">
          {t('detail.knowledgeEntry')}
        </Anchor>
      ) : null}
    </Page>
  );
}

function LawReferences({ refs }: { refs: LawRefView[] }) {
  const { t } = useTranslation('advisory');
  const format = useFormat();
  return (
    <Stack gap="xs" component="section" aria-labelledby="laws-heading">
      <Title order={2} size="h4" id="laws-heading">
        {t('fields.lawRefs')}
      </Title>
      {refs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noLawRefs')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="question-law-refs">
          {refs.map((r) => (
            <List.Item key={`${r.lawId}:${r.article}`}>
              <Text size="sm" span>
                {t('detail.lawRef', { law: r.lawTitle, article: r.article })}
              </Text>{' '}
              <Text size="xs" c="dimmed" span>
                ({r.gazette})
              </Text>
              {r.amendedOn ? (
                <Text size="xs" c="orange.9" fw={600}>
                  {t('detail.amendedSince', { date: format.date(r.amendedOn) })}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
