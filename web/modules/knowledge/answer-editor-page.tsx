import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Answer, AnswerUpdate } from '../../../contracts/advisory-answers';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { fieldErrorSink } from '../people/form-errors';
import { AnswerStatusBadge, RecheckBadge, useKnowledgeText } from './knowledge-labels';
import { useAnswer, useLaws, useStoreAnswer } from './knowledge-queries';
import { LawRefFields } from './law-ref-fields';
import { LawRefList } from './law-ref-list';

type Values = Required<AnswerUpdate>;
type Action = 'publish' | 'withdraw' | 'recheck';

const values = (a: Answer): Values => ({
  title: a.title,
  question: a.question,
  answer: a.answer,
  areaCode: a.areaCode,
  subtopicCode: a.subtopicCode,
  lawRefs: a.lawRefs.map(({ lawId, article }) => ({ lawId, article })),
});

/** The experts' editor of one knowledge-base entry: the anonymised texts, topic, citations, publication. */
export function AnswerEditorPage() {
  const { t } = useTranslation('knowledge');
  const { id = '' } = useParams();
  const answer = useAnswer(id);
  const back = { to: '/knowledge/manage', label: t('manage.title') };
  if (!answer.data)
    return (
      <Page title={t('answer.loadingTitle')} back={back}>
        {answer.isError ? (
          <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  // Keyed by the saved version, so the form starts again from what the server holds after an action.
  return <AnswerEditor key={answer.data.updatedAt} answer={answer.data} back={back} />;
}

function AnswerEditor({ answer: a, back }: { answer: Answer; back: { to: string; label: string } }) {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const text = useKnowledgeText();
  const store = useStoreAnswer();
  const laws = useLaws(a.countryCode, true);
  const form = useForm<Values>({ initialValues: values(a) });
  const areas = text.areas(a.countryCode);
  const area = areas.find((x) => x.code === form.values.areaCode);

  const save = useMutation({
    mutationFn: (v: Values) => api.patch<Answer>(`/answers/${a.id}`, v),
    onSuccess: async (saved) => {
      notifySuccess(t('editor.saved'));
      await store(saved);
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });
  // Unsaved changes are saved first: publishing what is on the screen, not an older version.
  const act = useMutation({
    mutationFn: async (action: Action) => {
      if (form.isDirty()) await api.patch<Answer>(`/answers/${a.id}`, form.getValues());
      return api.post<Answer>(`/answers/${a.id}/${action}`);
    },
    onSuccess: async (saved, action) => {
      notifySuccess(t(`editor.done.${action}`));
      await store(saved);
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  const actionButton = (action: Action, show: boolean, variant: 'filled' | 'default' = 'default') =>
    show ? (
      <Button
        variant={variant}
        color={action === 'withdraw' ? 'red' : undefined}
        loading={act.isPending && act.variables === action}
        disabled={act.isPending || save.isPending}
        onClick={() => act.mutate(action)}
        data-testid={`answer-${action}`}
      >
        {t(`editor.actions.${action}`)}
      </Button>
    ) : null;

  return (
    <Page
      title={a.title}
      back={back}
      actions={
        <>
          {actionButton('publish', a.status !== 'published', 'filled')}
          {actionButton('recheck', a.needsRecheck)}
          {actionButton('withdraw', a.status === 'published')}
        </>
      }
    >
      <Group gap="sm">
        <AnswerStatusBadge status={a.status} />
        {a.needsRecheck ? <RecheckBadge /> : null}
        <Text size="sm" c="dimmed">
          {t('answer.checkedOn', { date: format.date(a.checkedOn) })}
        </Text>
        {a.status === 'published' ? (
          <Anchor component={Link} to={`/knowledge/${a.id}`} size="sm">
            {t('editor.publicPage')}
          </Anchor>
        ) : null}
        {a.questionId ? (
          <Anchor
            component={Link}
            to={`/advice/${a.questionId}`}
            size="sm"
            data-testid="answer-question-link"
          >
            {t('editor.question')}
          </Anchor>
        ) : null}
      </Group>
      {a.removedTerms.length > 0 ? (
        <Alert color="blue" variant="light" title={t('editor.removedTitle')} data-testid="removed-terms">
          {t('editor.removed', { terms: a.removedTerms.join(', ') })}
        </Alert>
      ) : null}
      {a.needsRecheck ? (
        <LawRefList refs={a.lawRefs.filter((r) => r.amendedOn)} checkedOn={a.checkedOn} />
      ) : null}
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="answer-form">
        <Stack maw={900}>
          <TextInput label={t('fields.title')} required maxLength={300} {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('fields.area')}
              required
              data={areas.map((x) => ({ value: x.code, label: text.label(x) }))}
              {...form.getInputProps('areaCode')}
              onChange={(e) => {
                const next = areas.find((x) => x.code === e.currentTarget.value);
                form.setFieldValue('areaCode', e.currentTarget.value);
                form.setFieldValue('subtopicCode', next?.subtopics[0]?.code ?? '');
              }}
            />
            <NativeSelect
              label={t('fields.subtopic')}
              required
              data={(area?.subtopics ?? []).map((s) => ({ value: s.code, label: text.label(s) }))}
              {...form.getInputProps('subtopicCode')}
            />
          </SimpleGrid>
          <Textarea
            label={t('fields.question')}
            required
            autosize
            minRows={4}
            maxRows={16}
            maxLength={20000}
            {...form.getInputProps('question')}
          />
          <Textarea
            label={t('fields.answer')}
            required
            autosize
            minRows={6}
            maxRows={24}
            maxLength={40000}
            {...form.getInputProps('answer')}
          />
          <LawRefFields
            value={form.values.lawRefs}
            onChange={(refs) => form.setFieldValue('lawRefs', refs)}
            laws={laws.data?.items ?? []}
            errors={form.errors}
          />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={act.isPending} data-testid="answer-save">
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
