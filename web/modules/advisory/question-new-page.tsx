import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LawRef, Question, QuestionCreate } from '../../../contracts/advisory-questions';
import { api } from '../../app/api-client';
import { useFormat, useLocale } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { notifySuccess, reportError } from '../../app/problems';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { packText } from './advisory-labels';
import { useAdviceRules, useAssociations, useLaws, useRefreshQuestions } from './advisory-queries';
import { filledLawRefs, LawRefsEditor } from './law-refs-editor';
import { RelatedAnswers } from './related-answers';

type Values = {
  bodyId: string;
  areaCode: string;
  subtopicCode: string;
  title: string;
  text: string;
  lawRefs: LawRef[];
};

/** Ask the association's legal advisers: the question, its area and the laws it is about. */
export function QuestionNewPage() {
  const { t } = useTranslation('advisory');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const locale = useLocale();
  const navigate = useNavigate();
  const refresh = useRefreshQuestions();
  const scope = useOrganisationScope('advice.ask', 'advice.ask');
  const organisation = scope.organisation.data;
  const country = organisation?.countryCode;
  const associations = useAssociations(country);
  const rules = useAdviceRules(country).data;
  const areas = rules?.areas;
  const laws = useLaws(country);
  const form = useForm<Values>({
    initialValues: { bodyId: '', areaCode: '', subtopicCode: '', title: '', text: '', lawRefs: [] },
    validate: {
      bodyId: (v) => (v ? null : t('validation.bodyRequired')),
      areaCode: (v) => (v ? null : t('validation.areaRequired')),
      subtopicCode: (v) => (v ? null : t('validation.subtopicRequired')),
      title: (v) => (v.trim().length >= 5 ? null : t('validation.titleTooShort')),
      text: (v) => (v.trim() ? null : t('validation.textRequired')),
      lawRefs: (v) =>
        filledLawRefs(v).some((r) => !r.lawId || !r.article) ? t('validation.lawRefIncomplete') : null,
    },
  });
  const only = associations.data?.length === 1 ? associations.data[0] : undefined;
  // The one association of the country is the obvious addressee.
  useEffect(() => {
    if (only && !form.getValues().bodyId) form.setFieldValue('bodyId', only.id);
  }, [only, form]);

  const create = useMutation({
    mutationFn: (body: QuestionCreate) => api.post<Question>('/questions', body),
    onSuccess: async (question) => {
      await refresh();
      notifySuccess(t('form.sent', { reference: question.reference }));
      void navigate(`/advice/${question.id}`);
    },
    onError: (error) => reportError(error, form),
  });

  const values = form.getValues();
  const area = areas?.find((a) => a.code === values.areaCode);
  const days = rules?.responseWorkingDays ?? null;
  const submit = form.onSubmit((v) => {
    if (!organisation) return;
    create.mutate({
      organisationId: organisation.id,
      bodyId: v.bodyId,
      areaCode: v.areaCode,
      subtopicCode: v.subtopicCode,
      title: v.title.trim(),
      text: v.text.trim(),
      lawRefs: filledLawRefs(v.lawRefs),
    });
  });

  return (
    <Page title={t('form.title')} back={{ to: '/advice', label: t('list.title') }}>
      <Text c="dimmed" size="sm" maw={800}>
        {t('form.intro')}
      </Text>
      {days ? (
        <Alert variant="light" color="blue" title={t('form.promiseTitle')} data-testid="response-time">
          {t('form.promise', { count: days })}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="lg">
            <form onSubmit={submit} noValidate>
              <Stack>
                {scope.picks ? (
                  <OrganisationSelect
                    label={t('fields.municipality')}
                    required
                    value={scope.organisationId}
                    onChange={(id) => scope.setOrganisationId(id)}
                    maw={420}
                  />
                ) : organisation ? (
                  <Text size="sm" c="dimmed">
                    {t('form.onBehalfOf', { organisation: format.name(organisation) })}
                  </Text>
                ) : null}
                <Select
                  label={t('fields.association')}
                  required
                  data={(associations.data ?? []).map((o) => ({ value: o.id, label: format.name(o) }))}
                  data-testid="question-body"
                  {...form.getInputProps('bodyId')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('fields.area')}
                    required
                    searchable
                    data={(areas ?? []).map((a) => ({
                      value: a.code,
                      label: packText(locale, a),
                    }))}
                    data-testid="question-area"
                    {...form.getInputProps('areaCode')}
                    onChange={(code) => {
                      form.setFieldValue('areaCode', code ?? '');
                      form.setFieldValue('subtopicCode', '');
                    }}
                  />
                  <Select
                    label={t('fields.subtopic')}
                    required
                    searchable
                    disabled={!area}
                    data={(area?.subtopics ?? []).map((s) => ({ value: s.code, label: packText(locale, s) }))}
                    data-testid="question-subtopic"
                    {...form.getInputProps('subtopicCode')}
                  />
                </SimpleGrid>
                <TextInput
                  label={t('fields.title')}
                  description={t('form.titleHint')}
                  required
                  maxLength={300}
                  data-testid="question-title"
                  {...form.getInputProps('title')}
                />
                <Textarea
                  label={t('fields.text')}
                  description={t('form.textHint')}
                  required
                  autosize
                  minRows={6}
                  maxLength={20000}
                  data-testid="question-text"
                  {...form.getInputProps('text')}
                />
                <LawRefsEditor
                  laws={laws.data?.items ?? []}
                  value={values.lawRefs}
                  onChange={(refs) => form.setFieldValue('lawRefs', refs)}
                  error={typeof form.errors.lawRefs === 'string' ? form.errors.lawRefs : undefined}
                  testId="question-laws"
                />
                <Text size="xs" c="dimmed">
                  {t('form.attachLater')}
                </Text>
                <Group>
                  <Button
                    type="submit"
                    loading={create.isPending}
                    disabled={!organisation}
                    data-testid="question-submit"
                  >
                    {t('form.submit')}
                  </Button>
                  <Button variant="default" onClick={() => navigate('/advice')}>
                    {tc('actions.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RelatedAnswers country={country} title={values.title} text={values.text} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
