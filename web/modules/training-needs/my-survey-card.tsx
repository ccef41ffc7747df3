import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '../../../contracts/needs-analyses';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { type MySurvey, saveAnswer, useMySurveys, useNeedsChange } from './needs-queries';
import { useNeedsVocabulary } from './needs-vocabulary';

/** The open needs surveys of the reader's municipalities, each with its answer form; nothing when none is open. */
export function MySurveyCard() {
  const surveys = useMySurveys();
  const items = surveys.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Stack gap="md">
      {items.map((s) => (
        <SurveyForm key={s.analysisId} survey={s} />
      ))}
    </Stack>
  );
}

function SurveyForm({ survey }: { survey: MySurvey }) {
  const { t } = useTranslation('training-needs');
  const format = useFormat();
  const me = useMe();
  const vocabulary = useNeedsVocabulary(survey.organisationId);
  const manager = me.memberships.some(
    (m) => m.organisationId === survey.organisationId && m.role === 'manager',
  );
  const form = useForm<SurveyAnswer>({
    initialValues: survey.answer ?? {
      topicAreas: [],
      competencyIds: [],
      priority: 'medium',
      text: '',
      forUnit: false,
    },
    validate: {
      topicAreas: (v, all) =>
        v.length + all.competencyIds.length > 0 || all.text.trim() ? null : t('answer.required'),
    },
  });
  const save = useNeedsChange(
    (v: SurveyAnswer) => saveAnswer(survey.analysisId, v),
    () => notifySuccess(t('answer.saved')),
  );
  return (
    <Paper withBorder p="md" data-testid="my-survey">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack gap="sm">
          <Text fw={600}>{t('answer.title', { year: survey.year })}</Text>
          <Text size="sm" c="dimmed">
            {t('answer.intro', { date: survey.closesOn ? format.date(survey.closesOn) : '' })}
          </Text>
          {survey.answer ? (
            <Alert variant="light" color="blue" p="xs">
              {t('answer.already')}
            </Alert>
          ) : null}
          <MultiSelect
            label={t('answer.topicAreas')}
            data={vocabulary.topicOptions}
            searchable
            maxValues={10}
            {...form.getInputProps('topicAreas')}
            data-testid="survey-topics"
          />
          <MultiSelect
            label={t('answer.competencies')}
            data={vocabulary.competencyOptions}
            searchable
            maxValues={10}
            {...form.getInputProps('competencyIds')}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id={`priority-${survey.analysisId}`}>
              {t('answer.priority')}
            </Text>
            <SegmentedControl
              aria-labelledby={`priority-${survey.analysisId}`}
              data={(['high', 'medium', 'low'] as const).map((p) => ({
                value: p,
                label: t(`priority.${p}`),
              }))}
              {...form.getInputProps('priority')}
            />
          </div>
          <Textarea
            label={t('answer.text')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('text')}
          />
          {manager ? (
            <Checkbox label={t('answer.forUnit')} {...form.getInputProps('forUnit', { type: 'checkbox' })} />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="survey-submit">
              {survey.answer ? t('answer.update') : t('answer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
